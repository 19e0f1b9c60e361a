using System.Globalization;
using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>
/// <c>rko.csv</c>, the annual drug needs plan (RKO): read into <see cref="RkoLine"/>s, and written by the
/// <c>rko</c> verb in the same layout so its output can be read back.
/// </summary>
public static class RkoCsv
{
    internal static readonly CsvSchema Schema = new(DataFileNames.Rko,
        [Columns.Facility, Columns.DrugCode, Columns.AvgMonthlyUse, Columns.AnnualUse, Columns.SafetyStock,
            Columns.LeadTimeStock, Columns.RemainingStock, Columns.PlannedNeed],
        []);

    public static IReadOnlyList<RkoLine> Read(CsvTable table) =>
        DataFileErrorList.ReadOrThrow(table, Read).Select(l => l.Value).ToList();

    internal static List<Lined<RkoLine>> Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var lines = new List<Lined<RkoLine>>();
        var seen = new DuplicateRows<ItemKey>(Columns.Facility, Columns.DrugCode);
        foreach (var row in sheet.Rows(errors))
        {
            var line = new RkoLine(
                row.Facility(),
                row.DrugCode(),
                row.Decimal(Columns.AvgMonthlyUse),
                row.Decimal(Columns.AnnualUse),
                row.Decimal(Columns.SafetyStock),
                row.Decimal(Columns.LeadTimeStock),
                row.Quantity(Columns.RemainingStock),
                row.Quantity(Columns.PlannedNeed));
            if (!row.IsValid || seen.IsRepeat(row, line.Key)) continue;
            lines.Add(new Lined<RkoLine>(row.Line, line));
        }
        return lines;
    }

    /// <summary>
    /// Writes the header and one row per line: invariant culture, decimals rounded half away from zero to
    /// at most 2 places without trailing zeros ("12.5", "1500"), lines ended by "\n" whatever the platform.
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<RkoLine> lines)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(lines);
        writer.Write(string.Join(",", Schema.Required));
        writer.Write('\n');
        foreach (var line in lines)
        {
            string[] fields =
            [
                CsvField.Escape(line.Facility.Value),
                CsvField.Escape(line.DrugCode.Value),
                Number(line.AvgMonthlyUse),
                Number(line.AnnualUse),
                Number(line.SafetyStock),
                Number(line.LeadTimeStock),
                line.RemainingStock.ToString(CultureInfo.InvariantCulture),
                line.PlannedNeed.ToString(CultureInfo.InvariantCulture),
            ];
            writer.Write(string.Join(",", fields));
            writer.Write('\n');
        }
    }

    private static string Number(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
