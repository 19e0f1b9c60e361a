using Requisition.Rules.RuleSets.Stock;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.EndToEnd.Tests.Support;

/// <summary>A line of a draft the browser fills so that it is in excess: a little use, so nearly the whole supply stays.</summary>
/// <param name="Closing">Opening + received - lost - used: the closing stock as the balance check wants it.</param>
public sealed record ExcessLine(string DrugCode, long Used, long Closing);

/// <summary>
/// What the journey works on, chosen from the demo district's data through the app's own services before the browser
/// starts (never hard-coded item codes): the puskesmas's October draft, an item with a batch inside the near-expiry
/// warning window, and a slow-moving item that the stock rules call excess once a small month's use is typed.
/// </summary>
public static class ScenarioData
{
    public static async Task<long> DraftOfAsync(AppServer server, Actor pharmacist)
    {
        var tasks = await server.Cycle.Queries.TasksAsync(pharmacist);
        return tasks.Single(t => t.Name == LplpoCommands.SubmitTask).LplpoId
            ?? throw new InvalidOperationException($"{pharmacist.UserId}'s LPLPO task names no LPLPO");
    }

    /// <summary>An item of the draft with a batch in stock that expires after the error window and inside the warning window.</summary>
    public static async Task<string> NearExpiryItemAsync(AppServer server, Actor pharmacist, long lplpoId)
    {
        var thresholds = await server.Cycle.Thresholds.CurrentAsync(pharmacist);
        var today = server.Cycle.LocalDate(server.Clock.Now);
        var lines = (await server.Cycle.Queries.LplpoAsync(pharmacist, lplpoId)).Lines.Select(l => l.DrugCode).ToHashSet(StringComparer.Ordinal);
        var stock = await server.Cycle.Queries.StockAsync(pharmacist, pharmacist.FacilityId!);
        var candidates = stock
            .Where(b => b.Quantity > 0 && lines.Contains(b.DrugCode)
                        && b.Expiry > today.AddMonths(thresholds.NearExpiryErrorMonths) && b.Expiry <= today.AddMonths(thresholds.NearExpiryWarningMonths))
            .OrderBy(b => b.Expiry).ThenBy(b => b.DrugCode, StringComparer.Ordinal)
            .ToList();
        return candidates.Count > 0
            ? candidates[0].DrugCode
            : throw new InvalidOperationException(
                $"{pharmacist.FacilityId} has no batch expiring between {today.AddMonths(thresholds.NearExpiryErrorMonths)} and {today.AddMonths(thresholds.NearExpiryWarningMonths)}: the demo data has no {NearExpiry.Id} warning to show");
    }

    /// <summary>
    /// Takes off the puskesmas's shelf (as a loss, with a reason) every batch that is expired or inside the near-expiry
    /// error window: an error no one may acknowledge, which would hold the submission. On the fixed clock (24 November)
    /// the demo's short-dated batches are there, as they would be on a real shelf; the pharmacist removes them first.
    /// </summary>
    public static async Task<int> WriteOffShortDatedAsync(AppServer server, Actor pharmacist)
    {
        var thresholds = await server.Cycle.Thresholds.CurrentAsync(pharmacist);
        var limit = server.Cycle.LocalDate(server.Clock.Now).AddMonths(thresholds.NearExpiryErrorMonths);
        var batches = (await server.Cycle.Queries.StockAsync(pharmacist, pharmacist.FacilityId!)).Where(b => b.Quantity > 0 && b.Expiry <= limit).ToList();
        foreach (var batch in batches)
            await server.Cycle.Stock.AdjustAsync(pharmacist, new StockAdjustmentInput(batch.DrugCode, batch.Batch, batch.Quantity, StockCommands.Loss,
                "Kedaluwarsa dalam 3 bulan: dikembalikan ke IFK untuk dimusnahkan", batch.Source));
        return batches.Count;
    }

    /// <summary>
    /// An item that becomes excess when a small month's use is typed (a slow mover whose history shows little use),
    /// preferring one that is not excess as prefilled, so that the flag appears as the pharmacist types. Found by
    /// asking the app's own check: the draft is saved with the candidate lines changed, checked, then saved back
    /// exactly as it was. The use typed is the largest of 1, 2, 5, 10, 20, ... that still leaves the line in excess,
    /// so its months of stock stay near the limit.
    /// </summary>
    public static async Task<ExcessLine> ExcessItemAsync(AppServer server, Actor pharmacist, long lplpoId, string avoid)
    {
        var cycle = server.Cycle;
        var view = await cycle.Queries.LplpoAsync(pharmacist, lplpoId);
        var supply = view.Lines.Where(l => l.DrugCode != avoid && l.Opening + l.Received - l.Lost >= 2)
            .ToDictionary(l => l.DrugCode, l => l.Opening + l.Received - l.Lost, StringComparer.Ordinal);
        var before = await ExcessAsync(cycle, pharmacist, lplpoId);
        try
        {
            await cycle.Lplpo.SaveDraftAsync(pharmacist, lplpoId, new SaveDraftInput(supply.Select(s => Typed(s.Key, s.Value, 1)).ToList()));
            var excess = await ExcessAsync(cycle, pharmacist, lplpoId);
            var code = excess.Where(supply.ContainsKey).OrderBy(before.Contains).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault()
                ?? throw new InvalidOperationException($"no line of LPLPO {lplpoId} is {ExcessStock.Id} even with a use of 1 typed");
            var used = 1L;
            foreach (var next in Steps().TakeWhile(u => u < supply[code]))
            {
                await cycle.Lplpo.SaveDraftAsync(pharmacist, lplpoId, new SaveDraftInput([Typed(code, supply[code], next)]));
                if (!(await ExcessAsync(cycle, pharmacist, lplpoId)).Contains(code)) break;
                used = next;
            }
            return new ExcessLine(code, used, supply[code] - used);
        }
        finally
        {
            await cycle.Lplpo.SaveDraftAsync(pharmacist, lplpoId, new SaveDraftInput(
                view.Lines.Select(l => new DraftLine(l.DrugCode, l.Used, l.Lost, l.Closing, l.StockoutDays, l.Requested, l.Note)).ToList()));
        }
    }

    private static DraftLine Typed(string code, long supply, long used) => new(code, Used: used, Closing: supply - used);

    private static IEnumerable<long> Steps()
    {
        for (long scale = 1; scale < 1_000_000; scale *= 10)
            foreach (var step in new long[] { 2, 5, 10 }) yield return step * scale;
    }

    private static async Task<HashSet<string>> ExcessAsync(CycleHost cycle, Actor pharmacist, long lplpoId) =>
        (await cycle.Lplpo.CheckAsync(pharmacist, lplpoId)).Where(IsExcess).Select(f => f.DrugCode!).ToHashSet(StringComparer.Ordinal);

    private static bool IsExcess(FlagView flag) => flag.Rule == ExcessStock.Id && flag.DrugCode is not null;
}
