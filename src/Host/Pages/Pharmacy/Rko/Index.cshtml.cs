using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Pharmacy.Rko;

/// <summary>The facility's RKOs (plans of needs); the pharmacist starts the next year's, computed from the stock history.</summary>
public sealed class IndexModel(CycleHost cycle, IStringLocalizer<PharmacyText> text) : PlanListModel(cycle, text)
{
    public override string Kind => "rko";

    protected override Task<PlanRef> StartAsync(StartPlanInput input, CancellationToken cancellationToken) =>
        Cycle.Rko.StartAsync(User.Actor(), input, cancellationToken);
}
