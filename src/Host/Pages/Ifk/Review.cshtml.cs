using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Ifk;

/// <summary>
/// The IFK reviews one LPLPO: per line the request, a suggestion (the proportional share where IFK stock is short), the
/// IFK's stock and the line's flags; approve (adjusting lines, each change with a reason category) or return with a reason.
/// </summary>
public sealed class ReviewModel(CycleHost cycle, IStringLocalizer<IfkText> text) : PageModel
{
    [BindProperty]
    public List<ReviewLineInput> Lines { get; set; } = [];

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public string? ReturnReason { get; set; }

    public LplpoView Lplpo { get; private set; } = null!;

    public IReadOnlyList<ReviewRow> Rows { get; private set; } = [];

    /// <summary>Flags without an item: stored ones of every step, and what the review rules would raise now.</summary>
    public IReadOnlyList<FlagView> DocumentFlags { get; private set; } = [];

    /// <summary>The review rules' warnings that need a reason to approve, one per rule and item.</summary>
    public IReadOnlyList<(string Rule, string? DrugCode)> Warnings { get; private set; } = [];

    public IReadOnlyDictionary<string, string> AckValues { get; private set; } = new Dictionary<string, string>();

    public DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(cycle.UtcOffset);

    public string? ErrorAt(string field) => CommandForms.ErrorAt(ModelState, field);

    public IReadOnlyList<string> Errors => CommandForms.Summary(ModelState);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, posted: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(long id, CancellationToken cancellationToken)
    {
        var rowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (ModelState.IsValid)
        {
            try
            {
                var lines = Lines.Select(l =>
                {
                    var reason = AdjustmentReasons.Parse(l.ReasonCategory);
                    return new ReviewLine(l.DrugCode, l.Given, null, reason, string.IsNullOrWhiteSpace(l.Note) ? null : l.Note.Trim());
                }).ToList();
                var current = await cycle.Queries.LplpoAsync(User.Actor(), id, cancellationToken);
                var requested = current.Lines.ToDictionary(l => l.DrugCode, l => l.Requested);
                rowOf = current.Lines.Select((l, i) => (l.DrugCode, i)).ToDictionary(x => x.DrugCode, x => x.i, StringComparer.OrdinalIgnoreCase);
                // A reason picked for a line given as requested means nothing: send it only where the quantity changed.
                lines = lines.Select(l => l.Given is { } g && requested.GetValueOrDefault(l.DrugCode) == g ? l with { ReasonCategory = null } : l).ToList();
                await cycle.Lplpo.ReviewAsync(User.Actor(), id,
                    new ReviewInput(ReviewInput.Approve, null, lines, CommandForms.Acknowledgements(Request.Form)), null, cancellationToken, Revision);
                TempData["Notice"] = text["LPLPO {0} disetujui.", id].Value;
                return Redirect("/Ifk/Queue");
            }
            catch (CommandRejectedException refused)
            {
                CommandForms.AddErrors(ModelState, refused, field => RowField(field, rowOf));
                foreach (var flag in refused.Flags.Where(f => f.Blocks))
                    ModelState.AddModelError("", $"{flag.Rule}{(flag.DrugCode is null ? "" : " " + flag.DrugCode)}: {flag.Message}");
            }
            catch (StaleDocumentException stale)
            {
                // Shown again at the revision it now has, so the officer can look and act again.
                ModelState.AddModelError("", stale.Message);
                await LoadAsync(id, posted: true, cancellationToken);
                Revision = Lplpo.Revision;
                return Page();
            }
        }
        await LoadAsync(id, posted: true, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReturnAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            await cycle.Lplpo.ReviewAsync(User.Actor(), id, new ReviewInput(ReviewInput.Return, ReturnReason), null, cancellationToken, Revision);
            TempData["Notice"] = text["LPLPO {0} dikembalikan untuk diperbaiki.", id].Value;
            return Redirect("/Ifk/Queue");
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused, field => field == "reason" ? "returnReason" : field);
        }
        catch (StaleDocumentException stale)
        {
            // Shown again at the revision it now has, so the officer can look and act again.
            ModelState.AddModelError("", stale.Message);
            await LoadAsync(id, posted: true, cancellationToken);
            Revision = Lplpo.Revision;
            return Page();
        }
        await LoadAsync(id, posted: true, cancellationToken);
        return Page();
    }

    /// <summary>
    /// An error's field as the row of the screen it belongs to: "lines[2].given" names the third line posted and
    /// "lines[OBT-1].given" a line not posted; the screen's rows follow the LPLPO's lines.
    /// </summary>
    private string RowField(string field, IReadOnlyDictionary<string, int> rowOf)
    {
        var match = System.Text.RegularExpressions.Regex.Match(field, @"^lines\[([^\]]+)\](.*)$");
        if (!match.Success) return field;
        var key = match.Groups[1].Value;
        var code = int.TryParse(key, out var posted) && posted >= 0 && posted < Lines.Count ? Lines[posted].DrugCode : key;
        return rowOf.TryGetValue(code, out var row) ? $"lines[{row}]{match.Groups[2].Value}" : field;
    }


    private async Task LoadAsync(long id, bool posted, CancellationToken cancellationToken)
    {
        var actor = User.Actor();
        Lplpo = await cycle.Queries.LplpoAsync(actor, id, cancellationToken);
        if (!posted) Revision = Lplpo.Revision;
        if (Lplpo.Status != "submitted") return;

        var shares = (await cycle.Lplpo.SuggestAllocationAsync(actor, cancellationToken))
            .SelectMany(s => s.Shares.Where(x => x.LplpoId == id).Select(x => (s.DrugCode, x.Suggested)))
            .ToDictionary(x => x.DrugCode, x => x.Suggested, StringComparer.Ordinal);
        var stock = (await cycle.Queries.StockAsync(actor, actor.FacilityId ?? "", cancellationToken))
            .GroupBy(s => s.DrugCode).ToDictionary(g => g.Key, g => g.Sum(s => s.Quantity), StringComparer.Ordinal);
        var preview = await cycle.Lplpo.CheckAsync(actor, id, cancellationToken);
        // Stored review flags would repeat the preview; the other steps' flags stay as they were settled.
        var flags = Lplpo.Flags.Where(f => f.Step != Rules.RuleSets.Steps.IfkReview).Concat(preview).ToList();
        DocumentFlags = flags.Where(f => f.DrugCode is null).ToList();
        Warnings = CommandForms.WarningsToAcknowledge(preview).ToList();
        AckValues = posted ? CommandForms.AckValues(Request.Form) : new Dictionary<string, string>();
        var postedByCode = posted ? Lines.Where(l => l.DrugCode.Length > 0).GroupBy(l => l.DrugCode).ToDictionary(g => g.Key, g => g.First()) : [];
        Rows = Lplpo.Lines.Select((l, i) =>
        {
            var suggested = shares.TryGetValue(l.DrugCode, out var share) ? share : l.Requested;
            var input = postedByCode.GetValueOrDefault(l.DrugCode);
            var given = input is not null ? input.Given?.ToString() ?? "" : suggested.ToString();
            var reason = input is not null ? input.ReasonCategory
                : suggested != l.Requested ? AdjustmentReasons.Value(Workflows.Persistence.Entities.AdjustmentReason.SupplierStockShort) : null;
            return new ReviewRow(i, l.DrugCode, l.Name, l.Closing, l.Optimum, l.Requested, suggested, stock.GetValueOrDefault(l.DrugCode),
                given, reason, input?.Note, flags.Where(f => f.DrugCode == l.DrugCode).ToList());
        }).ToList();
    }
}
