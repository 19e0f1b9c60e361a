using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Imports;

/// <summary>
/// Reads <c>catalog.csv</c>, the district drug catalog (katalog obat): one row per item code with its name, dosage form,
/// strength, unit of issue and flags. Key: drug_code. A flag or pack size left blank (or a column left out) is not
/// given: an existing item keeps its value, a new one has no / none.
/// </summary>
internal static class CatalogCsv
{
    public const string FileName = "catalog.csv";
    public const string Bmhp = "bmhp";
    public const string Programme = "programme";
    public const string Lasa = "lasa";
    public const string HighAlert = "high_alert";
    public const string PackSize = "pack_size";

    public static readonly CsvSchema Schema = new(FileName,
        [Columns.DrugCode, Columns.Name, Columns.Form, Columns.Unit, Columns.Generic],
        [Columns.Strength, Bmhp, Programme, Lasa, HighAlert, PackSize]);

    /// <summary>The Indonesian headers of the columns only this file has (normalised).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>
    {
        [Programme] = ["program", "obat_program"],
        [HighAlert] = ["obat_high_alert", "kewaspadaan_tinggi"],
        [PackSize] = ["isi_kemasan", "kemasan", "isi"],
    };

    public static List<CatalogRow> Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var rows = new List<CatalogRow>();
        var seen = new DuplicateRows<DrugCode>(Columns.DrugCode);
        foreach (var row in sheet.Rows(errors))
        {
            var item = new CatalogRow(
                row.Line,
                row.DrugCode(),
                row.Required(Columns.Name),
                row.Required(Columns.Form),
                sheet.Has(Columns.Strength) ? row.Text(Columns.Strength) : null,
                row.Required(Columns.Unit),
                row.Flag(Columns.Generic),
                OptionalFlag(row, Bmhp),
                OptionalFlag(row, Programme),
                OptionalFlag(row, Lasa),
                OptionalFlag(row, HighAlert),
                PackSizeOf(row));
            if (!row.IsValid || seen.IsRepeat(row, item.DrugCode)) continue;
            rows.Add(item);
        }
        return rows;
    }

    private static bool? OptionalFlag(CsvRow row, string column) => row.Optional(column) is null ? null : row.Flag(column);

    private static int? PackSizeOf(CsvRow row)
    {
        var size = row.OptionalQuantity(PackSize);
        if (size is null) return null;
        if (size is 0 or > int.MaxValue)
        {
            row.Fail(PackSize, $"'{size}' is not a pack size: units per pack are 1 or more");
            return null;
        }
        return (int)size.Value;
    }
}

/// <summary>One row of <c>catalog.csv</c>; null values were not given.</summary>
internal sealed record CatalogRow(
    int Line, DrugCode DrugCode, string Name, string Form, string? Strength, string Unit, bool Generic,
    bool? Bmhp, bool? Programme, bool? Lasa, bool? HighAlert, int? PackSize);
