using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>
/// Reads <c>formulary.csv</c>, the facilities' own drug lists (formularium puskesmas), into
/// <see cref="CatalogItem"/>s. Strength and unit may be blank (creams, combination products such as
/// oralit); the other required columns may not.
/// </summary>
public static class FormularyCsv
{
    internal static readonly CsvSchema Schema = new(DataFileNames.Formulary,
        [Columns.Facility, Columns.DrugCode, Columns.Name, Columns.Form, Columns.Strength, Columns.Unit, Columns.Generic, Columns.Price],
        [Columns.FornasId]);

    public static IReadOnlyList<CatalogItem> Read(CsvTable table) =>
        DataFileErrorList.ReadOrThrow(table, (t, errors) => Read(t, errors, out _)).Select(l => l.Value).ToList();

    /// <param name="listed">
    /// Every facility + drug code the file names, bad rows included (so one bad price does not also make
    /// every history row of that item "not in the formulary"); null when the columns could not be read.
    /// </param>
    internal static List<Lined<CatalogItem>> Read(CsvTable table, DataFileErrorList errors, out IReadOnlySet<ItemKey>? listed)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var keys = new HashSet<ItemKey>();
        var items = new List<Lined<CatalogItem>>();
        var seen = new DuplicateRows<ItemKey>(Columns.Facility, Columns.DrugCode);
        foreach (var row in sheet.Rows(errors))
        {
            var item = new CatalogItem(
                row.Facility(),
                row.DrugCode(),
                row.Required(Columns.Name),
                row.Required(Columns.Form),
                row.Text(Columns.Strength),
                row.Text(Columns.Unit),
                row.Flag(Columns.Generic),
                row.Money(Columns.Price),
                row.Optional(Columns.FornasId));
            if (item.Facility.Value.Length > 0 && item.DrugCode.Value.Length > 0) keys.Add(item.Key);
            if (!row.IsValid || seen.IsRepeat(row, item.Key)) continue;
            items.Add(new Lined<CatalogItem>(row.Line, item));
        }
        listed = sheet.Usable ? keys : null;
        return items;
    }
}
