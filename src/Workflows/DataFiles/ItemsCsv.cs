namespace Requisition.Workflows.DataFiles;

/// <summary>Reads the items file of <c>match-fornas</c> (drug_code, name and optionally form, strength, unit).</summary>
public static class ItemsCsv
{
    internal static readonly CsvSchema Schema = new("the items file",
        [Columns.DrugCode, Columns.Name],
        [Columns.Form, Columns.Strength, Columns.Unit]);

    public static IReadOnlyList<ItemRow> Read(CsvTable table) => DataFileErrorList.ReadOrThrow(table, Read);

    internal static List<ItemRow> Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var items = new List<ItemRow>();
        var seen = new DuplicateRows<string>(Columns.DrugCode);
        foreach (var row in sheet.Rows(errors))
        {
            var item = new ItemRow(
                row.DrugCode(),
                row.Required(Columns.Name),
                row.Optional(Columns.Form),
                row.Optional(Columns.Strength),
                row.Optional(Columns.Unit));
            if (!row.IsValid || seen.IsRepeat(row, item.DrugCode.Value)) continue;
            items.Add(item);
        }
        return items;
    }
}
