using System.Globalization;

namespace Requisition.Host.Cli.Output;

/// <summary>Writes CSV fields: invariant numbers, quotes only where a field needs them.</summary>
public static class CsvText
{
    public static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
            double d => d.ToString("0.##", CultureInfo.InvariantCulture),
            bool b => b ? "yes" : "no",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    public static string Row(params object?[] values) => string.Join(",", values.Select(Field));
}
