namespace Requisition.Host.Cli.Output;

/// <summary>A plain aligned text table for terminals.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params object?[] cells) =>
        _rows.Add(cells.Select(c => CsvText.Field(c).Trim('"')).ToArray());

    public void WriteTo(TextWriter writer, int maxWidth = 100)
    {
        var widths = headers.Select((h, i) => Math.Min(maxWidth, Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length)))).ToArray();
        writer.WriteLine(Line(headers, widths));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows) writer.WriteLine(Line(row, widths));
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "…" : c).PadRight(widths[i]))).TrimEnd();
}
