using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Ifk;

/// <summary>
/// The district queue: LPLPOs waiting for review (due, late, open flags), those approved and waiting to ship, and those
/// not yet sent. Two reads whatever the number of puskesmas: the queue with its open flags, and the flags by rule.
/// </summary>
public sealed class QueueModel(CycleHost cycle, IStringLocalizer<IfkText> text) : PageModel
{
    private const string SkippedKey = "ifk.skipped";

    public IReadOnlyList<QueueEntry> ToReview { get; private set; } = [];

    public IReadOnlyList<QueueEntry> ToShip { get; private set; } = [];

    public IReadOnlyList<QueueEntry> NotSent { get; private set; } = [];

    /// <summary>The flags on record on the LPLPOs to review, counted by rule.</summary>
    public IReadOnlyDictionary<string, int> FlagsByRule { get; private set; } = new Dictionary<string, int>();

    /// <summary>What the last "approve all clean" left for review, and why.</summary>
    public IReadOnlyList<SkippedLplpo> Skipped { get; private set; } = [];

    public DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(cycle.UtcOffset);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var queue = await cycle.District.QueueAsync(User.Actor(), cancellationToken);
        ToReview = queue.Where(e => e.Status == "submitted").ToList();
        ToShip = queue.Where(e => e.Status == "approved").ToList();
        NotSent = queue.Where(e => e.Status is "draft" or "returned").OrderByDescending(e => e.Late).ThenBy(e => e.FacilityId, StringComparer.Ordinal).ToList();
        if (ToReview.Count > 0) FlagsByRule = await cycle.Queries.FlagCountsAsync(User.Actor(), ToReview.Select(e => e.Id).ToList(), cancellationToken);
        if (TempData[SkippedKey] is string skipped) Skipped = JsonSerializer.Deserialize<List<SkippedLplpo>>(skipped) ?? [];
    }

    /// <summary>Approves as requested every LPLPO waiting for review that is clean; the others stay, each with the reason.</summary>
    /// <remarks>Only the LPLPOs the officer saw on the page (posted back as <paramref name="shown"/>): one submitted since is left for the next look.</remarks>
    public async Task<IActionResult> OnPostApproveCleanAsync(List<long>? shown, CancellationToken cancellationToken)
    {
        var seen = (shown ?? []).ToHashSet();
        var waiting = (await cycle.District.QueueAsync(User.Actor(), cancellationToken))
            .Where(e => e.Status == "submitted" && seen.Contains(e.Id)).Select(e => e.Id).ToList();
        if (waiting.Count == 0)
        {
            TempData["Notice"] = text["Tidak ada LPLPO yang menunggu pemeriksaan."].Value;
            return RedirectToPage();
        }
        var result = await cycle.Lplpo.ApproveManyAsync(User.Actor(), new ApproveManyInput(waiting), null, cancellationToken);
        TempData["Notice"] = text["{0} LPLPO disetujui, {1} perlu diperiksa.", result.Approved.Count, result.Skipped.Count].Value;
        if (result.Skipped.Count > 0) TempData[SkippedKey] = JsonSerializer.Serialize(result.Skipped);
        return RedirectToPage();
    }
}
