using System.Globalization;

namespace Requisition.Rules.Formulary;

/// <summary>
/// Reads numbers written the Indonesian way ("0,5", "100.000", "1.000") or the English way ("1.2", "0.125").
/// A ',' is the decimal comma unless it separates several groups of three ("1,200,000"); a '.' separates thousands when it
/// is followed by exactly three digits after a non-zero whole part, else it is a decimal point.
/// </summary>
internal static class NumberText
{
    public static decimal? Parse(string text)
    {
        var s = text;
        if (s.Contains('.') && s.Contains(','))
            s = s.Replace(".", "").Replace(',', '.');
        else if (s.Contains(','))
            s = s.Count(c => c == ',') > 1 && IsThousandsGrouping(s, ',') ? s.Replace(",", "") : s.Replace(',', '.');
        else if (s.Contains('.') && IsThousandsGrouping(s, '.'))
            s = s.Replace(".", "");
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Formats for reasons and signatures: invariant, no trailing zeros ("0.5", "1200000").</summary>
    public static string Format(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static bool IsThousandsGrouping(string s, char separator)
    {
        var parts = s.Split(separator);
        if (parts.Length > 2) return parts.Skip(1).All(p => p.Length == 3);
        return parts[0] != "0" && parts[1].Length == 3;
    }
}
