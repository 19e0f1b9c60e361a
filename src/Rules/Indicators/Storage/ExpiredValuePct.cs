using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Expired value (nilai obat kadaluwarsa): value of batches past their expiry date (Expiry before the
/// as-of date) still in stock / value of all batch stock x 100. Price: the batch's unit price, else the
/// catalog price; a batch with neither is left out. Standard 0 %.
/// </summary>
public static class ExpiredValuePct
{
    public const string Id = "expired_value_pct";

    /// <summary>Null when there is no batch stock.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Data.Batches.Count == 0) return null;
        decimal expired = 0, whole = 0;
        int priced = 0, unpriced = 0, expiredBatches = 0;
        foreach (var batch in scope.Data.Batches.Where(b => b.Quantity > 0))
        {
            if ((batch.UnitPrice ?? scope.PriceOf(batch.Key)) is not { } price)
            {
                unpriced++;
                continue;
            }
            priced++;
            var value = price * batch.Quantity;
            whole += value;
            if (batch.Expiry >= scope.Data.AsOf) continue;
            expired += value;
            expiredBatches++;
        }
        var share = Figures.Percent(expired, whole);
        var basis = share is null
            ? $"No priced batch holds stock on {scope.Data.AsOf:yyyy-MM-dd}: nothing to divide by."
            : $"{Figures.Rupiah(expired)} in {Figures.Count(expiredBatches, "expired batch")} of {Figures.Rupiah(whole)} "
              + $"over {Figures.Count(priced, "batch")} in stock on {scope.Data.AsOf:yyyy-MM-dd}.";
        if (unpriced > 0) basis += $" {Figures.Count(unpriced, "batch")} with no price left out.";
        return new IndicatorResult(Id, share, "%", Standard.Percent(0), Standard.Near(share, 0), basis);
    }

    /// <summary>Every priced batch in stock: expiry, quantity, price, value; counts when expired.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Data.Batches.Count == 0) return null;
        var rows = scope.Data.Batches
            .Where(b => b.Quantity > 0 && (b.UnitPrice ?? scope.PriceOf(b.Key)) is not null)
            .Select(b =>
            {
                var price = (b.UnitPrice ?? scope.PriceOf(b.Key))!.Value;
                return new IndicatorRow(b.Facility, b.DrugCode, $"batch {b.Batch}", null,
                    [Figures.Cell(b.Expiry), Figures.Cell(b.Quantity), Figures.Cell(price), Figures.Cell(price * b.Quantity)], b.Expiry < scope.Data.AsOf);
            });
        return new IndicatorBreakdown(Id, ["expiry", "quantity", "price", "value"], Figures.Ordered(rows));
    }
}
