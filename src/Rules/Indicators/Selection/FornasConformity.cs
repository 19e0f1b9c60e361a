using Requisition.Rules.Facts;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Items conforming to FORNAS (kesesuaian item dengan FORNAS): formulary items on FORNAS for primary care
/// (FKTP) / all formulary items x 100. Standard 100 %.
/// </summary>
public static class FornasConformity
{
    public const string Id = "fornas_conformity";

    /// <summary>Null when there is no formulary or no reference status to judge it by.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Catalog.Count == 0 || scope.Statuses.Count == 0) return null;
        var onFornas = scope.Catalog.Keys.Count(k => OnFornas(scope, k));
        var unmatched = scope.Catalog.Keys.Count(k => !scope.Statuses.ContainsKey(k));
        var value = Figures.Percent(onFornas, scope.Catalog.Count);
        var basis = $"{onFornas} of {Figures.Count(scope.Catalog.Count, "formulary item")} on FORNAS for FKTP"
            + (unmatched > 0 ? $"; {Figures.Count(unmatched, "item")} without a reference status counted as not on FORNAS." : ".");
        return new IndicatorResult(Id, value, "%", Standard.Percent(100), Standard.Near(value, 100), basis);
    }

    /// <summary>Every formulary item with the FORNAS row it matched and whether that row covers FKTP; counts when it does.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Catalog.Count == 0 || scope.Statuses.Count == 0) return null;
        var rows = scope.Catalog.Values.Select(item =>
        {
            var fornas = scope.Statuses.TryGetValue(item.Key, out var s) ? s.Fornas : null;
            return new IndicatorRow(item.Facility, item.DrugCode, "formulary", null,
                [fornas?.Id ?? "", fornas is null ? "" : Figures.YesNo(fornas.Fktp)], OnFornas(scope, item.Key));
        });
        return new IndicatorBreakdown(Id, ["FORNAS id", "FKTP"], Figures.Ordered(rows));
    }

    private static bool OnFornas(IndicatorScope scope, ItemKey key) => scope.Statuses.TryGetValue(key, out var s) && s.Fornas is { Fktp: true };
}
