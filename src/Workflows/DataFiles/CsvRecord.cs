namespace Requisition.Workflows.DataFiles;

/// <summary>One data row of a CSV file with the line it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
