using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>Reads <c>budget.csv</c>, the drug budget (anggaran obat) per facility and year, into <see cref="Budget"/>s.</summary>
public static class BudgetCsv
{
    internal static readonly CsvSchema Schema = new(DataFileNames.Budget,
        [Columns.Facility, Columns.Year, Columns.Amount],
        []);

    public static IReadOnlyList<Budget> Read(CsvTable table) =>
        DataFileErrorList.ReadOrThrow(table, Read).Select(l => l.Value).ToList();

    internal static List<Lined<Budget>> Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var budgets = new List<Lined<Budget>>();
        var seen = new DuplicateRows<(FacilityId, int)>(Columns.Facility, Columns.Year);
        foreach (var row in sheet.Rows(errors))
        {
            var budget = new Budget(row.Facility(), row.Year(), row.Money(Columns.Amount));
            if (!row.IsValid || seen.IsRepeat(row, (budget.Facility, budget.Year))) continue;
            budgets.Add(new Lined<Budget>(row.Line, budget));
        }
        return budgets;
    }
}
