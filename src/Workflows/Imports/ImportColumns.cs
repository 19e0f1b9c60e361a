using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Imports;

/// <summary>Helpers for problems found after a reader has read the rows: the column as the file writes it, funding sources.</summary>
internal static class ImportColumns
{
    /// <summary>The header the file writes for a canonical column (its own name or an Indonesian one), or the canonical name.</summary>
    public static string HeaderOf(CsvTable table, string column) =>
        table.Headers.FirstOrDefault(h => Columns.Names(Columns.Normalize(h), column)) ?? column;

    /// <summary>A problem on one line of the table at a canonical column.</summary>
    public static DataFileError At(CsvTable table, int line, string column, string reason) =>
        new(table.FileName, line, HeaderOf(table, column), reason);

    private static readonly Dictionary<string, FundSource> Sources = new(StringComparer.Ordinal)
    {
        ["APBN"] = FundSource.Apbn,
        ["APBDI"] = FundSource.ApbdI, ["APBD1"] = FundSource.ApbdI,
        ["APBDII"] = FundSource.ApbdII, ["APBD2"] = FundSource.ApbdII,
        ["DAK"] = FundSource.Dak,
        ["BLUD"] = FundSource.Blud,
        ["PROGRAM"] = FundSource.Programme, ["PROGRAMME"] = FundSource.Programme,
        ["OTHER"] = FundSource.Other, ["LAINNYA"] = FundSource.Other, ["LAIN"] = FundSource.Other,
    };

    /// <summary>
    /// A funding source (sumber dana) as written: APBN, APBD I, APBD II, DAK, BLUD, programme, other (spaces, dots and
    /// letter case ignored; "APBD 2" is APBD II); blank is other. Null when the text names none of them.
    /// </summary>
    public static FundSource? FundSourceOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return FundSource.Other;
        var key = new string(text.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return Sources.TryGetValue(key, out var source) ? source : null;
    }
}
