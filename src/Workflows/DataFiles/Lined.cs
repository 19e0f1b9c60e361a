namespace Requisition.Workflows.DataFiles;

/// <summary>A fact with the line of the file it came from, for checks that span files.</summary>
internal readonly record struct Lined<T>(int Line, T Value);
