using System.Globalization;
using Requisition.Rules.Facts;

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

    /// <summary>A drill-down cell: a plain invariant number ("1234.5678", no group separator) that adds up again.</summary>
    public static string Cell(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A drill-down cell for an optional figure: empty when there is none.</summary>
    public static string Cell(decimal? value) => value is { } v ? Cell(v) : "";

    public static string Cell(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Cell(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>Rows in facility, item, document order, so a drill-down reads the same every time.</summary>
    public static IReadOnlyList<IndicatorRow> Ordered(IEnumerable<IndicatorRow> rows) => rows
        .OrderBy(r => r.Facility.Value, StringComparer.Ordinal)
        .ThenBy(r => r.DrugCode?.Value ?? "", StringComparer.Ordinal)
        .ThenBy(r => r.LplpoPeriod?.Ordinal ?? 0)
        .ThenBy(r => r.Document ?? "", StringComparer.Ordinal)
        .ToList();

    /// <summary>The document a usage row was read from: the one LPLPO of a single-month range, else the months.</summary>
    public static (string Document, Period? Lplpo) UsageDocument(IndicatorScope scope, ItemUsage item) =>
        item.Months.Count == 1 && scope.Start == scope.End
            ? ($"{(scope.UsageFromHistory && scope.Data.HistorySource is null ? "stock card" : "LPLPO")} {item.Months[0].Period}", item.Months[0].Period)
            : ($"{(scope.UsageFromHistory && scope.Data.HistorySource is null ? "stock card" : "LPLPO")} {scope.RangeOnly}", null);

    private static string Plural(string noun) =>
        noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith('s') || noun.EndsWith('x') ? noun + "es" : noun + "s";
}
