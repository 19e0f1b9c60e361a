using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>
/// Reads a DOEN edition (Daftar Obat Esensial Nasional) from <c>doen.csv</c>: name, form, strength,
/// unit (Indonesian headers nama_obat, sediaan, kekuatan, satuan accepted). Only the name is required
/// in a row: DOEN lists some drugs without a strength (creams, combinations).
/// </summary>
public static class DoenCsv
{
    internal static readonly CsvSchema Schema = new(DataFileNames.Doen,
        [Columns.Name, Columns.Form, Columns.Strength, Columns.Unit], []);

    public static IReadOnlyList<DoenEntry> Read(CsvTable table) => DataFileErrorList.ReadOrThrow(table, Read);

    internal static List<DoenEntry> Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var entries = new List<DoenEntry>();
        foreach (var row in sheet.Rows(errors))
        {
            var entry = new DoenEntry(row.Required(Columns.Name), row.Text(Columns.Form), row.Text(Columns.Strength), row.Text(Columns.Unit));
            if (row.IsValid) entries.Add(entry);
        }
        return entries;
    }
}
