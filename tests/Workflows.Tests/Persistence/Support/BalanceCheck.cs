using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>
/// Compares the kept balances (stock_balances) with the stock card they stand for: per facility, item, batch, expiry
/// and funding source, the database's SUM of the movements' quantities and MAX of their prices.
/// </summary>
internal static class BalanceCheck
{
    /// <summary>One key's quantity and price, as kept or as summed.</summary>
    public sealed record Line(string Facility, string DrugCode, string Batch, DateOnly Expiry, FundSource Source, long Quantity, decimal? Price)
    {
        public override string ToString() => $"{Facility} {DrugCode} {Batch} {Expiry:yyyy-MM-dd} {Source}: {Quantity} @ {Price?.ToString() ?? "null"}";
    }

    /// <summary>The kept balances, in key order.</summary>
    public static async Task<IReadOnlyList<Line>> KeptAsync(RequisitionDatabase database)
    {
        await using var db = database.CreateDbContext();
        var kept = await db.StockBalances.AsNoTracking().ToListAsync();
        return Ordered(kept.Select(b => new Line(b.FacilityId.Value, b.DrugCode.Value, b.Batch, b.Expiry, b.FundSource, b.Quantity, b.UnitPrice)));
    }

    /// <summary>The movements summed per key by the database, in key order.</summary>
    public static async Task<IReadOnlyList<Line>> SummedAsync(RequisitionDatabase database)
    {
        await using var db = database.CreateDbContext();
        var sums = await db.StockMovements.AsNoTracking()
            .GroupBy(m => new { m.FacilityId, m.DrugCode, m.Batch, m.Expiry, m.FundSource })
            .Select(g => new { g.Key.FacilityId, g.Key.DrugCode, g.Key.Batch, g.Key.Expiry, g.Key.FundSource, Quantity = g.Sum(m => m.Quantity), Price = g.Max(m => m.UnitPrice) })
            .ToListAsync();
        return Ordered(sums.Select(s => new Line(s.FacilityId.Value, s.DrugCode.Value, s.Batch, s.Expiry, s.FundSource, s.Quantity, s.Price)));
    }

    /// <summary>
    /// Every line on one side and not the other, one a line; empty when the kept balances equal the sums (of one
    /// facility's card when <paramref name="facility"/> is given, so tests sharing a database do not fail each other).
    /// </summary>
    public static async Task<string> DifferenceAsync(RequisitionDatabase database, string? facility = null)
    {
        var kept = (await KeptAsync(database)).Where(l => facility is null || l.Facility == facility).ToList();
        var summed = (await SummedAsync(database)).Where(l => facility is null || l.Facility == facility).ToList();
        return string.Join("\n",
            kept.Except(summed).Select(l => $"kept   {l}").Concat(summed.Except(kept).Select(l => $"summed {l}")));
    }

    private static List<Line> Ordered(IEnumerable<Line> lines) => lines
        .OrderBy(l => l.Facility, StringComparer.Ordinal).ThenBy(l => l.DrugCode, StringComparer.Ordinal)
        .ThenBy(l => l.Batch, StringComparer.Ordinal).ThenBy(l => l.Expiry).ThenBy(l => l.Source)
        .ToList();
}
