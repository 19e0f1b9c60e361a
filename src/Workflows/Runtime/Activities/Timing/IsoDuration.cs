using System.Globalization;
using System.Text.RegularExpressions;

namespace Requisition.Workflows.Runtime.Activities.Timing;

/// <summary>
/// ISO 8601 durations in weeks, days, hours, minutes and seconds ("P3D", "PT12H", "P1DT6H", "-P2D").
/// Months and years are refused: their length varies, and a due day is expressed with periodDueDay instead.
/// </summary>
internal static partial class IsoDuration
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (text is null) return false;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || match.Groups["body"].Value is "" or "T" || text.EndsWith('T')) return false;
        var total = Part(match, "w") * 7 * TimeSpan.TicksPerDay + Part(match, "d") * TimeSpan.TicksPerDay
            + Part(match, "h") * TimeSpan.TicksPerHour + Part(match, "m") * TimeSpan.TicksPerMinute + Part(match, "s") * TimeSpan.TicksPerSecond;
        duration = TimeSpan.FromTicks(match.Groups["sign"].Value == "-" ? -total : total);
        return true;
    }

    private static long Part(Match match, string name) =>
        match.Groups[name].Success ? long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(?<sign>[+-]?)P(?<body>(?:(?<w>\d{1,4})W)?(?:(?<d>\d{1,5})D)?(?:T(?:(?<h>\d{1,6})H)?(?:(?<m>\d{1,7})M)?(?:(?<s>\d{1,9})S)?)?)$")]
    private static partial Regex Pattern();
}
