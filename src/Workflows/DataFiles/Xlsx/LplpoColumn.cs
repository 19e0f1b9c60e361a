namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>One column of the LPLPO table: its header as written, whether a sheet must have it, whether it holds quantities.</summary>
/// <param name="Aliases">Normalised headers (see <see cref="Columns.Normalize"/>) read as this column.</param>
internal sealed record LplpoColumn(LplpoField Field, string Header, bool Required, bool Quantity, double Width, IReadOnlyList<string> Aliases)
{
    public bool Matches(string normalizedHeader) => Aliases.Contains(normalizedHeader, StringComparer.Ordinal);
}
