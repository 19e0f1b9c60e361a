using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Pharmacy.Rko;

/// <summary>One planned need as the form posts it.</summary>
public sealed class RkoLineForm
{
    // An empty field binds as "" (not null): the page answers "unknown item" instead of failing.
    [System.ComponentModel.DataAnnotations.DisplayFormat(ConvertEmptyStringToNull = false)]
    public string DrugCode { get; set; } = "";

    public string? PlannedNeed { get; set; }
}

/// <summary>
/// One RKO: each line's A = (B + C + D) - E with where its need came from, the rko rules' flags, and while it is a
/// draft the planned needs to change by hand and the submit to the head of puskesmas.
/// </summary>
public sealed class DocumentModel(CycleHost cycle, IStringLocalizer<PharmacyText> localizer) : PlanDocumentModel<RkoView>(localizer)
{
    public RkoView Rko => Document;

    [BindProperty]
    public List<RkoLineForm> Lines { get; set; } = [];

    public Task<IActionResult> OnPostEditAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "RKO tersimpan.", async () =>
        {
            var stored = Rko.Lines.ToDictionary(l => l.DrugCode, l => l.PlannedNeed, StringComparer.Ordinal);
            var changes = new List<RkoEditLine>();
            for (var i = 0; i < Lines.Count; i++)
            {
                var posted = Lines[i];
                if (string.IsNullOrWhiteSpace(posted.PlannedNeed) || !stored.TryGetValue(posted.DrugCode, out var need)) continue;
                if (!long.TryParse(posted.PlannedNeed.Trim().Replace(".", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                    throw new CommandRejectedException($"lines[{i}].plannedNeed", Text["harus bilangan bulat"].Value);
                if (value != need) changes.Add(new RkoEditLine(posted.DrugCode, value));
            }
            if (changes.Count > 0) await cycle.Rko.EditAsync(User.Actor(), id, new EditRkoInput(changes), cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "RKO dikirim ke kepala puskesmas.", () =>
            cycle.Rko.SubmitAsync(User.Actor(), id, new SubmitInput(CommandForms.Acknowledgements(Request.Form)), cancellationToken: cancellationToken), cancellationToken);

    protected override Task<RkoView> GetAsync(long id, CancellationToken cancellationToken) => cycle.Rko.GetAsync(User.Actor(), id, cancellationToken);

    protected override Task<IReadOnlyList<FlagView>> CheckAsync(long id, CancellationToken cancellationToken) => cycle.Rko.CheckAsync(User.Actor(), id, cancellationToken);

    protected override bool IsDraft(RkoView document) => document.Waiting.Contains(RkoCommands.SubmitTask);

    protected override IReadOnlyList<FlagView> StoredFlags(RkoView document) => document.Flags;
}
