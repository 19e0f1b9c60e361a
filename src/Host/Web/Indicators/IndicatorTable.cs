using System.Text;
using Requisition.Host.Cli.Output;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.DataFiles.Xlsx;

namespace Requisition.Host.Web.Indicators;

/// <summary>
/// The indicators as a table (the "indicators CSV" of docs/data-formats.md): <c>indicator,value,unit,standard,meets</c>,
/// the value rounded to two places, meets <c>yes</c> / <c>no</c> / blank (no pass/fail, or no figure). The same rows for
/// the CLI, the CSV export and the workbook (.xlsx), which adds title lines naming the scope, the months and the
/// threshold set.
/// </summary>
public static class IndicatorTable
{
    public static IReadOnlyList<string> Headers { get; } = ["indicator", "value", "unit", "standard", "meets"];

    public static IReadOnlyList<object?> Row(string id, decimal? value, string unit, string standard, bool? meets) =>
        [id, value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null, unit, standard, Meets(meets)];

    public static string Meets(bool? meets) => meets switch { true => "yes", false => "no", null => "" };

    /// <summary>The CSV text, one row per figure after the header.</summary>
    public static string Csv(IEnumerable<IndicatorFigure> figures)
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", Headers)).Append('\n');
        foreach (var f in figures) text.Append(CsvText.Row([.. Row(f.Id, f.Value, f.Unit, f.Standard, f.Meets)])).Append('\n');
        return text.ToString();
    }

    /// <summary>The workbook: title lines (scope, months, as-of date, threshold set), then the table.</summary>
    public static byte[] Xlsx(IndicatorDashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var titles = new List<string>
        {
            $"Indikator pengelolaan obat: {dashboard.ScopeName} ({dashboard.ScopeId})",
            $"Periode {dashboard.From} s.d. {dashboard.To}; stok per {dashboard.AsOf:yyyy-MM-dd}; ambang batas {dashboard.ThresholdVersion}",
        };
        using var output = new MemoryStream();
        XlsxTable.Write(output, "Indikator", titles, Headers, dashboard.Figures.Select(f => Row(f.Id, f.Value, f.Unit, f.Standard, f.Meets)));
        return output.ToArray();
    }

    /// <summary>The download's file name: indikator-SCOPE-FROM-TO.EXT.</summary>
    public static string FileName(IndicatorDashboard dashboard, string extension) =>
        $"indikator-{Safe(dashboard.ScopeId)}-{dashboard.From}-{dashboard.To}.{extension}";

    private static string Safe(string text) => new(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
}
