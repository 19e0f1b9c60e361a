using Requisition.Rules.Facts;

namespace Requisition.Rules.Planning;

/// <summary>
/// Average monthly use (pemakaian rata-rata per bulan), adjusted for stock-outs.
/// </summary>
/// <remarks>
/// The seeds allow either leaving stock-out months out or adjusting them for the days out of stock.
/// We adjust: a month with s stock-out days out of D had only D - s days to dispense, so its use is
/// scaled up to used x D / (D - s). A month that was out of stock all month (s &gt;= D) says nothing
/// about demand and is left out. The average is the mean of the adjusted months that remain.
/// </remarks>
public static class AverageMonthlyUse
{
    /// <summary>The most recent months that count towards the average.</summary>
    public const int WindowMonths = 12;

    /// <summary>Use in one month scaled up for the days it was out of stock; null when the month was out of stock all month.</summary>
    public static decimal? AdjustedUse(long used, int daysInMonth, int stockoutDays)
    {
        if (daysInMonth <= 0) throw new ArgumentOutOfRangeException(nameof(daysInMonth));
        var stockout = Math.Max(0, stockoutDays);
        if (stockout >= daysInMonth) return null;
        return (decimal)used * daysInMonth / (daysInMonth - stockout);
    }

    /// <summary>
    /// The mean adjusted use over the last <see cref="WindowMonths"/> calendar months of <paramref name="history"/>
    /// (the months are ordered by the function, not the caller). Zero when no month counts.
    /// </summary>
    public static decimal Compute(IEnumerable<UsageMonth> history)
    {
        var months = history
            .OrderByDescending(m => m.Year * 12 + m.Month)
            .Take(WindowMonths);
        decimal sum = 0;
        var counted = 0;
        foreach (var month in months)
        {
            var adjusted = AdjustedUse(month.Used, DateTime.DaysInMonth(month.Year, month.Month), month.StockoutDays);
            if (adjusted is null) continue;
            sum += adjusted.Value;
            counted++;
        }
        return counted == 0 ? 0 : sum / counted;
    }

    /// <summary>The same, over months of a stock card.</summary>
    public static decimal OfStockCard(IEnumerable<StockMonth> history) =>
        Compute(history.Select(m => new UsageMonth(m.Period.Year, m.Period.Month, m.Used, m.StockoutDays)));
}
