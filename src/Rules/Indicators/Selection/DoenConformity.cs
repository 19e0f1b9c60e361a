using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Items conforming to DOEN (kesesuaian item dengan DOEN): formulary items on the essential list / all
/// formulary items x 100. Standard 100 %. The list that decides is the one the reference status names
/// (DOEN when loaded, else the FORNAS <c>oen</c> flag).
/// </summary>
public static class DoenConformity
{
    public const string Id = "doen_conformity";

    /// <summary>Null when there is no formulary or no reference status to judge it by.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Catalog.Count == 0 || scope.Statuses.Count == 0) return null;
        var onDoen = scope.Catalog.Keys.Count(k => scope.Statuses.TryGetValue(k, out var s) && s.OnDoen);
        var unmatched = scope.Catalog.Keys.Count(k => !scope.Statuses.ContainsKey(k));
        var value = Figures.Percent(onDoen, scope.Catalog.Count);
        var basis = $"{onDoen} of {Figures.Count(scope.Catalog.Count, "formulary item")} on the essential list"
            + (unmatched > 0 ? $"; {Figures.Count(unmatched, "item")} without a reference status counted as not on DOEN." : ".");
        return new IndicatorResult(Id, value, "%", Standard.Percent(100), Standard.Near(value, 100), basis);
    }

    /// <summary>Every formulary item with the list that decided and whether it is on it; counts when it is.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Catalog.Count == 0 || scope.Statuses.Count == 0) return null;
        var rows = scope.Catalog.Values.Select(item =>
        {
            var status = scope.Statuses.GetValueOrDefault(item.Key);
            var onDoen = status is { OnDoen: true };
            return new IndicatorRow(item.Facility, item.DrugCode, "formulary", null, [status?.DoenSource ?? "", Figures.YesNo(onDoen)], onDoen);
        });
        return new IndicatorBreakdown(Id, ["decided by", "on DOEN"], Figures.Ordered(rows));
    }
}
