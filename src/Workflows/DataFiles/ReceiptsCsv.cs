using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>Reads <c>receipts.csv</c>, the receiving facility's confirmation of SBBK lines, into <see cref="Receipt"/>s.</summary>
public static class ReceiptsCsv
{
    internal static readonly CsvSchema Schema = new(DataFileNames.Receipts,
        [Columns.Document, Columns.Facility, Columns.DrugCode, Columns.Batch, Columns.Shipped, Columns.Accepted, Columns.Rejected],
        [Columns.Reason]);

    public static IReadOnlyList<Receipt> Read(CsvTable table) =>
        DataFileErrorList.ReadOrThrow(table, Read).Select(l => l.Value).ToList();

    internal static List<Lined<Receipt>> Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var receipts = new List<Lined<Receipt>>();
        var seen = new DuplicateRows<(string, FacilityId, DrugCode, string)>(
            Columns.Document, Columns.Facility, Columns.DrugCode, Columns.Batch);
        foreach (var row in sheet.Rows(errors))
        {
            var receipt = new Receipt(
                row.Required(Columns.Document),
                row.Facility(),
                row.DrugCode(),
                row.Required(Columns.Batch),
                row.Quantity(Columns.Shipped),
                row.Quantity(Columns.Accepted),
                row.Quantity(Columns.Rejected),
                row.Optional(Columns.Reason));
            if (!row.IsValid || seen.IsRepeat(row, (receipt.Document, receipt.Facility, receipt.DrugCode, receipt.Batch))) continue;
            receipts.Add(new Lined<Receipt>(row.Line, receipt));
        }
        return receipts;
    }
}
