using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Api;
using Requisition.Host.Web.Localization;
using Requisition.Rules.Planning;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Pages.Pharmacy.Lplpo;

/// <summary>One LPLPO line as the form posts it: text, so that what was typed can be shown again next to its error.</summary>
public sealed class LineForm
{
    // An empty field binds as "" (not null): the page answers "unknown item" instead of failing.
    [System.ComponentModel.DataAnnotations.DisplayFormat(ConvertEmptyStringToNull = false)]
    public string DrugCode { get; set; } = "";

    public string? Used { get; set; }

    public string? Lost { get; set; }

    public string? Closing { get; set; }

    public string? StockoutDays { get; set; }

    public string? Requested { get; set; }

    public string? Note { get; set; }

    public static LineForm Of(LplpoLineView line) => new()
    {
        DrugCode = line.DrugCode,
        Used = line.Used.ToString(CultureInfo.InvariantCulture),
        Lost = line.Lost.ToString(CultureInfo.InvariantCulture),
        Closing = line.Closing.ToString(CultureInfo.InvariantCulture),
        StockoutDays = line.StockoutDays.ToString(CultureInfo.InvariantCulture),
        Requested = line.Requested.ToString(CultureInfo.InvariantCulture),
        Note = line.Note,
    };
}

/// <summary>
/// The LPLPO editor: the draft's grid, prefilled from the ledger, with the flags the lplpo rules would raise now on
/// their lines. Without scripts "Simpan draf" posts the whole grid and only what changed is saved (so a closing stock
/// left as it was follows the use typed, as the API does); lplpo-editor.js saves each change through the API instead.
/// </summary>
public sealed partial class EditModel(CycleHost cycle, IStringLocalizer<PharmacyText> text) : PageModel
{
    public LplpoView Lplpo { get; private set; } = null!;

    /// <summary>The flags shown: what the lplpo rules raise on the draft now, and those of later steps still on record.</summary>
    public IReadOnlyList<FlagView> Flags { get; private set; } = [];

    /// <summary>The grid's values: as stored, or as posted when the post was refused.</summary>
    [BindProperty]
    public List<LineForm> Lines { get; set; } = [];

    public IReadOnlyDictionary<string, string> AckValues { get; private set; } = new Dictionary<string, string>();

    public string ETag => ETags.Lplpo(Lplpo.Id, Lplpo.Revision);

    /// <summary>The revision the form was filled in on (kept current by the script's saves): a post on an older one is refused.</summary>
    [BindProperty]
    public int? Revision { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } answer) return answer;
        Lines = Lplpo.Lines.Select(LineForm.Of).ToList();
        Flags = await CurrentFlagsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } answer) return answer;
        AckValues = CommandForms.AckValues(Request.Form);
        if (await SaveChangesAsync(cancellationToken))
        {
            TempData["Notice"] = text["Draf tersimpan."].Value;
            return RedirectToPage(new { id });
        }
        Flags = await CurrentFlagsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } answer) return answer;
        AckValues = CommandForms.AckValues(Request.Form);
        if (!await SaveChangesAsync(cancellationToken))
        {
            Flags = await CurrentFlagsAsync(cancellationToken);
            return Page();
        }
        try
        {
            await cycle.Lplpo.SubmitAsync(User.Actor(), id, new SubmitInput(CommandForms.Acknowledgements(Request.Form)), cancellationToken: cancellationToken,
                ifRevision: Revision);
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused);
            Lplpo = await cycle.Queries.LplpoAsync(User.Actor(), id, cancellationToken);
            Flags = refused.Flags.Count > 0 ? Merge(refused.Flags, Lplpo.Flags) : await CurrentFlagsAsync(cancellationToken);
            return Page();
        }
        catch (Exception conflict) when (conflict is StaleDocumentException or WorkflowConflictException or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", text["Data berubah, muat ulang halaman"]);
            Flags = await CurrentFlagsAsync(cancellationToken);
            return Page();
        }
        TempData["Notice"] = text["LPLPO terkirim ke {0}.", Lplpo.SupplierId].Value;
        return Redirect($"/Requisitions/Timeline/{id}");
    }

    /// <summary>The posted row of an item (a browser posts every row; a partial post names some), or -1.</summary>
    public int PostedRow(string drugCode) => Lines.FindIndex(l => l.DrugCode == drugCode);

    /// <summary>The line's flags, in the order shown.</summary>
    public IEnumerable<FlagView> FlagsOf(string? drugCode) => Flags.Where(f => f.DrugCode == drugCode);

    public string? ErrorAt(int row, string field) => CommandForms.ErrorAt(ModelState, $"lines[{row}].{field}") ?? (field == "used" ? CommandForms.ErrorAt(ModelState, $"lines[{row}]") : null);

    /// <summary>The LPLPO if it is the actor's own draft; otherwise the answer to give instead (404, or its timeline once submitted).</summary>
    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Lplpo = await cycle.Queries.LplpoAsync(User.Actor(), id, cancellationToken);
        if (Lplpo.FacilityId != User.FacilityId()) return NotFound();
        if (Lplpo.Status is not ("draft" or "returned")) return Redirect($"/Requisitions/Timeline/{id}");
        return null;
    }

    /// <summary>Saves the lines whose posted values differ from the stored ones; false (with the errors in the model state) if refused.</summary>
    private async Task<bool> SaveChangesAsync(CancellationToken cancellationToken)
    {
        var stored = Lplpo.Lines.ToDictionary(l => l.DrugCode, StringComparer.Ordinal);
        var changes = new List<DraftLine>();
        var rows = new List<int>();
        for (var row = 0; row < Lines.Count; row++)
        {
            var posted = Lines[row];
            if (!stored.TryGetValue(posted.DrugCode, out var line))
            {
                ModelState.AddModelError("", text["Baris {0} tidak ada di LPLPO ini.", posted.DrugCode]);
                continue;
            }
            var used = Number(row, "used", posted.Used);
            var lost = Number(row, "lost", posted.Lost);
            var closing = Number(row, "closing", posted.Closing);
            var days = Number(row, "stockoutDays", posted.StockoutDays);
            var requested = Number(row, "requested", posted.Requested);
            var note = (posted.Note ?? "").Trim();
            // A request still at the suggested quantity follows the closing stock; one set by hand stays as set.
            var suggested = line.Optimum is { } optimum ? LplpoArithmetic.DefaultRequest(optimum, line.Closing) : (long?)null;
            var draft = new DraftLine(line.DrugCode,
                Used: Changed(used, line.Used),
                Lost: Changed(lost, line.Lost),
                Closing: Changed(closing, line.Closing),
                StockoutDays: days is { } d && d != line.StockoutDays ? (int)Math.Clamp(d, int.MinValue, int.MaxValue) : null,
                Requested: requested is { } r && (r != line.Requested || line.Requested != suggested) ? r : null,
                Note: posted.Note is not null && note != (line.Note ?? "") ? note : null);
            if (draft == new DraftLine(line.DrugCode)) continue;
            changes.Add(draft);
            rows.Add(row);
        }
        if (ModelState.ErrorCount > 0) return false;
        if (changes.Count == 0) return true;
        try
        {
            var saved = await cycle.Lplpo.SaveDraftAsync(User.Actor(), Lplpo.Id, new SaveDraftInput(changes), Revision, cancellationToken);
            Revision = saved.Revision;
            Lplpo = await cycle.Queries.LplpoAsync(User.Actor(), Lplpo.Id, cancellationToken);
            return true;
        }
        catch (CommandRejectedException refused)
        {
            // The command numbers only the lines sent; the page numbers its rows.
            CommandForms.AddErrors(ModelState, refused, field => LineIndex().Replace(field, m =>
                int.TryParse(m.Groups[1].Value, out var k) && k < rows.Count ? $"lines[{rows[k]}]" : m.Value));
            return false;
        }
        catch (Exception conflict) when (conflict is StaleDocumentException or WorkflowConflictException or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", text["Data berubah, muat ulang halaman"]);
            return false;
        }
    }

    private static long? Changed(long? posted, long stored) => posted is { } value && value != stored ? value : null;

    /// <summary>A whole number typed in a cell; an error at its field when it is not one.</summary>
    private long? Number(int row, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var digits = value.Trim().Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return number;
        var message = text["harus bilangan bulat"].Value;
        ModelState.AddModelError($"lines[{row}].{field}", message);
        ModelState.AddModelError("", $"lines[{row}].{field} ({Lines[row].DrugCode}): {message}");
        return null;
    }

    /// <summary>What the lplpo rules raise on the draft as it stands, with the flags of later steps still on record (a returned LPLPO's review).</summary>
    private async Task<IReadOnlyList<FlagView>> CurrentFlagsAsync(CancellationToken cancellationToken)
    {
        var check = await cycle.Lplpo.CheckAsync(User.Actor(), Lplpo.Id, cancellationToken);
        return Merge(check, Lplpo.Flags);
    }

    private static IReadOnlyList<FlagView> Merge(IReadOnlyList<FlagView> current, IReadOnlyList<FlagView> stored) =>
        current.Concat(stored.Where(s => s.Step != Steps.Lplpo || !current.Any(c => c.Rule == s.Rule && c.DrugCode == s.DrugCode && c.Subject == s.Subject)))
            .OrderBy(f => f.DrugCode ?? "", StringComparer.Ordinal).ThenByDescending(f => f.Severity).ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"^lines\[(\d+)\]")]
    private static partial Regex LineIndex();
}
