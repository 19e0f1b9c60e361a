using Requisition.Rules.Facts;

namespace Requisition.Rules.Planning;

/// <summary>Turns a stock history into RKO lines, one per item, by the consumption method.</summary>
public static class RkoPlanner
{
    /// <summary>
    /// For each item: the stock-out-adjusted average monthly use of its last 12 months, and E = the closing
    /// stock of its latest month. Lines come out ordered by facility, then drug code.
    /// </summary>
    public static IReadOnlyList<RkoLine> Plan(IEnumerable<StockMonth> history, RkoSettings settings) => history
        .GroupBy(m => m.Key)
        .OrderBy(g => g.Key.Facility.Value, StringComparer.Ordinal)
        .ThenBy(g => g.Key.DrugCode.Value, StringComparer.Ordinal)
        .Select(g =>
        {
            var latest = g.MaxBy(m => m.Period.Ordinal)!;
            var average = AverageMonthlyUse.OfStockCard(g);
            var plan = Rko.Consumption(average, latest.Closing, settings);
            return new RkoLine(g.Key.Facility, g.Key.DrugCode, plan.AverageMonthlyUse, plan.AnnualUse, plan.SafetyStock,
                plan.LeadTimeStock, plan.RemainingStock, plan.PlannedNeed);
        })
        .ToList();
}
