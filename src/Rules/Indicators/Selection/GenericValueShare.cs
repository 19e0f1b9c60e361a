using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Generic value share (nilai obat generik): value of generic items used / value of all items used x 100.
/// Standard 100 %.
/// </summary>
public static class GenericValueShare
{
    public const string Id = "generic_value_share";

    /// <summary>Null when there is no formulary or no use in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return ValueShare.Compute(scope, Id, key => scope.Catalog[key].Generic, "generic");
    }

    /// <summary>The priced items used, with their value; a generic item counts.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return ValueShare.Explain(scope, Id, key => scope.Catalog[key].Generic);
    }
}
