namespace Requisition.Rules.Indicators;

/// <summary>How an indicator's figure is held against its standard.</summary>
internal static class Standard
{
    // Decimal division leaves residue (1/3 x 3 = 0.99...); the comparison uses the value rounded to
    // this many places so the residue, not the data, never decides a pass.
    private const int ComparePlaces = 6;

    /// <summary>"Higher is better": a standard with no pass/fail.</summary>
    public const string HigherIsBetter = "higher is better";

    /// <summary>No standard (the "safe" category share has none).</summary>
    public const string None = "-";

    /// <summary>Within <paramref name="tolerance"/> points of <paramref name="target"/>.</summary>
    public static bool? Near(decimal? value, decimal target, decimal tolerance = 0) =>
        value is { } v ? Math.Abs(Math.Round(v, ComparePlaces) - target) <= tolerance : null;

    public static bool? Within(decimal? value, decimal min, decimal max) =>
        value is { } v ? Math.Round(v, ComparePlaces) >= min && Math.Round(v, ComparePlaces) <= max : null;

    public static bool? AtLeast(decimal? value, decimal min) =>
        value is { } v ? Math.Round(v, ComparePlaces) >= min : null;

    /// <summary>"100 %", or "100 % (± 20 %)" with a tolerance.</summary>
    public static string Percent(decimal target, decimal tolerance = 0) =>
        tolerance == 0 ? $"{Figures.Number(target)} %" : $"{Figures.Number(target)} % (± {Figures.Number(tolerance)} %)";
}
