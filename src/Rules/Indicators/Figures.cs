using System.Globalization;

namespace Requisition.Rules.Indicators;

/// <summary>The arithmetic and wording shared by the indicators.</summary>
internal static class Figures
{
    /// <summary>part / whole x 100; null when the whole is zero (nothing to divide by).</summary>
    public static decimal? Percent(decimal part, decimal whole) => whole == 0 ? null : part * 100m / whole;

    /// <summary>A quantity or ratio as a reviewer reads it: "1,234.5".</summary>
    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Rupiah(decimal value) => "Rp " + Number(value);

    /// <summary>"1 item" / "3 items", "1 batch" / "2 batches".</summary>
    public static string Count(int count, string noun) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? noun : Plural(noun))}";

    /// <summary>"1 month" / "12 months" / "0.5 months".</summary>
    public static string Months(decimal months) => $"{Number(months)} {(months == 1 ? "month" : "months")}";

    private static string Plural(string noun) =>
        noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith('s') || noun.EndsWith('x') ? noun + "es" : noun + "s";
}
