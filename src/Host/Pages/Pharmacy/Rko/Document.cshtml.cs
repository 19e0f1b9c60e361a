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
public sealed class DocumentModel(CycleHost cycle, IStringLocalizer<PharmacyText> text) : PageModel
{
    public RkoView Rko { get; private set; } = null!;

    public IReadOnlyList<FlagView> Flags { get; private set; } = [];

    public bool Editable => Rko.Waiting.Contains(RkoCommands.SubmitTask);

    public IReadOnlyDictionary<string, string> AckValues { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public List<RkoLineForm> Lines { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

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
                    throw new CommandRejectedException($"lines[{i}].plannedNeed", text["harus bilangan bulat"].Value);
                if (value != need) changes.Add(new RkoEditLine(posted.DrugCode, value));
            }
            if (changes.Count > 0) await cycle.Rko.EditAsync(User.Actor(), id, new EditRkoInput(changes), cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "RKO dikirim ke kepala puskesmas.", () =>
            cycle.Rko.SubmitAsync(User.Actor(), id, new SubmitInput(CommandForms.Acknowledgements(Request.Form)), cancellationToken: cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(long id, string notice, Func<Task> action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } answer) return answer;
        AckValues = CommandForms.AckValues(Request.Form);
        try
        {
            await action();
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused);
            if (refused.Flags.Count > 0) Flags = refused.Flags;
            return Page();
        }
        TempData["Notice"] = text[notice].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            Rko = await cycle.Rko.GetAsync(User.Actor(), id, cancellationToken);
            Flags = Editable ? await cycle.Rko.CheckAsync(User.Actor(), id, cancellationToken) : Rko.Flags;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        return null;
    }
}
