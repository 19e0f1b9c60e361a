using Microsoft.Extensions.Localization;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Head;

/// <summary>Establish or return an RKO.</summary>
public sealed class RkoModel(CycleHost cycle, IStringLocalizer<PharmacyText> text) : EstablishModel(text)
{
    public RkoView Rko { get; private set; } = null!;

    protected override async Task LoadAsync(long id, CancellationToken cancellationToken)
    {
        Rko = await cycle.Rko.GetAsync(User.Actor(), id, cancellationToken);
        Waiting = Rko.Waiting.Contains(RkoCommands.EstablishTask);
        Flags = Rko.Flags;
    }

    protected override Task EstablishAsync(long id, EstablishInput input, CancellationToken cancellationToken) =>
        cycle.Rko.EstablishAsync(User.Actor(), id, input, cancellationToken: cancellationToken);
}
