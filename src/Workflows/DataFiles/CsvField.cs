namespace Requisition.Workflows.DataFiles;

/// <summary>Writes one field of a CSV file the way <see cref="CsvTable"/> reads it back (RFC 4180 quoting).</summary>
internal static class CsvField
{
    public static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n', ';']) < 0 && value.Trim().Length == value.Length
            ? value
            : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
