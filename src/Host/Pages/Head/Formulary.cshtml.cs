using Microsoft.Extensions.Localization;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Head;

/// <summary>Establish or return a formulary.</summary>
public sealed class FormularyModel(CycleHost cycle, IStringLocalizer<PharmacyText> text) : EstablishModel(text)
{
    public FormularyView Formulary { get; private set; } = null!;

    protected override async Task LoadAsync(long id, CancellationToken cancellationToken)
    {
        Formulary = await cycle.Formulary.GetAsync(User.Actor(), id, cancellationToken);
        Waiting = Formulary.Waiting.Contains(FormularyCommands.EstablishTask);
        Flags = Formulary.Flags;
    }

    protected override Task EstablishAsync(long id, EstablishInput input, CancellationToken cancellationToken) =>
        cycle.Formulary.EstablishAsync(User.Actor(), id, input, cancellationToken: cancellationToken);
}
