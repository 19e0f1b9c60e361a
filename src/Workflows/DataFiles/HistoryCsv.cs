using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>Reads <c>history.csv</c>, the monthly stock card summaries (kartu stok), into <see cref="StockMonth"/>s.</summary>
public static class HistoryCsv
{
    internal static readonly CsvSchema Schema = new(DataFileNames.History,
        [Columns.Facility, Columns.DrugCode, Columns.Period, Columns.Opening, Columns.Received, Columns.Used,
            Columns.Lost, Columns.Closing, Columns.StockoutDays],
        []);

    public static IReadOnlyList<StockMonth> Read(CsvTable table) =>
        DataFileErrorList.ReadOrThrow(table, Read).Select(l => l.Value).ToList();

    internal static List<Lined<StockMonth>> Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var months = new List<Lined<StockMonth>>();
        var seen = new DuplicateRows<(ItemKey, Period)>(Columns.Facility, Columns.DrugCode, Columns.Period);
        foreach (var row in sheet.Rows(errors))
        {
            var facility = row.Facility();
            var drugCode = row.DrugCode();
            var period = row.Period();
            var month = new StockMonth(
                facility,
                drugCode,
                period,
                row.Quantity(Columns.Opening),
                row.Quantity(Columns.Received),
                row.Quantity(Columns.Used),
                row.Quantity(Columns.Lost),
                row.Quantity(Columns.Closing),
                row.Days(Columns.StockoutDays, period));
            if (!row.IsValid || seen.IsRepeat(row, (month.Key, period))) continue;
            months.Add(new Lined<StockMonth>(row.Line, month));
        }
        return months;
    }
}
