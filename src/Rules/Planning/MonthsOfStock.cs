namespace Requisition.Rules.Planning;

/// <summary>Months of stock (tingkat ketersediaan) = stock / average monthly use.</summary>
public static class MonthsOfStock
{
    /// <summary>
    /// Months the stock lasts at the average monthly use; null when there is no use to divide by
    /// (any stock then lasts indefinitely, which callers treat as "no measure", not as excess).
    /// </summary>
    public static decimal? Compute(long stock, decimal averageMonthlyUse)
    {
        if (averageMonthlyUse <= 0) return null;
        return Math.Max(0, stock) / averageMonthlyUse;
    }

    /// <summary>The category of a months-of-stock figure; limits come from the threshold set.</summary>
    public static StockCategory Categorize(decimal months, decimal outBelowMonths, decimal safeFromMonths, decimal excessAboveMonths)
    {
        if (months < outBelowMonths) return StockCategory.Out;
        if (months < safeFromMonths) return StockCategory.Short;
        if (months <= excessAboveMonths) return StockCategory.Safe;
        return StockCategory.Excess;
    }
}
