using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Pharmacy.Formulary;

/// <summary>The facility's formularies; the pharmacist starts the next year's from the newest established one.</summary>
public sealed class IndexModel(CycleHost cycle, IStringLocalizer<PharmacyText> text) : PlanListModel(cycle, text)
{
    public override string Kind => "formulary";

    protected override Task<PlanRef> StartAsync(StartPlanInput input, CancellationToken cancellationToken) =>
        Cycle.Formulary.StartAsync(User.Actor(), input, cancellationToken);
}
