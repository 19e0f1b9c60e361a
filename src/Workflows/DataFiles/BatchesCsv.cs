using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>Reads <c>batches.csv</c>, stock per batch with its expiry date (kedaluwarsa), into <see cref="BatchStock"/>s.</summary>
public static class BatchesCsv
{
    internal static readonly CsvSchema Schema = new(DataFileNames.Batches,
        [Columns.Facility, Columns.DrugCode, Columns.Batch, Columns.Expiry, Columns.Quantity],
        [Columns.UnitPrice, Columns.FundSource]);

    public static IReadOnlyList<BatchStock> Read(CsvTable table) =>
        DataFileErrorList.ReadOrThrow(table, Read).Select(l => l.Value).ToList();

    internal static List<Lined<BatchStock>> Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var batches = new List<Lined<BatchStock>>();
        var seen = new DuplicateRows<(ItemKey, string)>(Columns.Facility, Columns.DrugCode, Columns.Batch);
        foreach (var row in sheet.Rows(errors))
        {
            var batch = new BatchStock(
                row.Facility(),
                row.DrugCode(),
                row.Required(Columns.Batch),
                row.Date(Columns.Expiry),
                row.Quantity(Columns.Quantity),
                row.OptionalMoney(Columns.UnitPrice),
                row.Optional(Columns.FundSource));
            if (!row.IsValid || seen.IsRepeat(row, (batch.Key, batch.Batch))) continue;
            batches.Add(new Lined<BatchStock>(row.Line, batch));
        }
        return batches;
    }
}
