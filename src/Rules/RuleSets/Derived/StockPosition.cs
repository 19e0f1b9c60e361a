using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>Where an LPLPO line's stock stands: its months of stock, stock-outs, recent use and default request.</summary>
/// <param name="AverageSource">"history" when the average comes from the stock history, "period" when from the line's own use.</param>
/// <param name="MonthsOfStock">Closing stock / average monthly use; null when there is no use to divide by.</param>
/// <param name="StockoutDays">Stock-out days recorded for the line's period in the history.</param>
/// <param name="MonthsWithoutUse">Consecutive months up to and including the period with no use.</param>
/// <param name="Optimum">Target stock: the line's own figure when reported, else computed.</param>
/// <param name="DefaultRequest">max(0, optimum - closing stock).</param>
public sealed record StockPosition(
    LplpoLine Line,
    decimal AvgMonthlyUse,
    string AverageSource,
    decimal? MonthsOfStock,
    int StockoutDays,
    int MonthsWithoutUse,
    long Optimum,
    long DefaultRequest);
