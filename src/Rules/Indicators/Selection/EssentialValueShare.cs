using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Essential value share (nilai obat esensial): value of items on the essential list used / value of all
/// items used x 100. Standard 100 %. An item without a reference status counts as not essential.
/// </summary>
public static class EssentialValueShare
{
    public const string Id = "essential_value_share";

    /// <summary>Null when there is no formulary, no reference status or no use in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Statuses.Count == 0) return null;
        return ValueShare.Compute(scope, Id, key => scope.Statuses.TryGetValue(key, out var s) && s.OnDoen, "essential");
    }

    /// <summary>The priced items used, with their value; an item on the essential list counts.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Statuses.Count == 0) return null;
        return ValueShare.Explain(scope, Id, key => scope.Statuses.TryGetValue(key, out var s) && s.OnDoen);
    }
}
