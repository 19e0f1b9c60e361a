using System.Globalization;
using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>
/// Reads <c>lplpo.csv</c> (Laporan Pemakaian dan Lembar Permintaan Obat) into <see cref="LplpoLine"/>s and
/// one <see cref="LplpoDocument"/> per facility and period, in the order they first appear. The document's
/// submission date is the <c>submitted</c> column; every line of one document must give the same date
/// (or all leave it blank: a draft).
/// </summary>
public static class LplpoCsv
{
    internal static readonly CsvSchema Schema = new(DataFileNames.Lplpo,
        [Columns.Facility, Columns.Period, Columns.DrugCode, Columns.Opening, Columns.Received, Columns.Used,
            Columns.Lost, Columns.Closing, Columns.Requested],
        [Columns.Optimum, Columns.Given, Columns.Note, Columns.Submitted]);

    public static LplpoData Read(CsvTable table)
    {
        var (lines, documents) = DataFileErrorList.ReadOrThrow(table, (t, errors) => Read(t, errors));
        return new LplpoData(lines.Select(l => l.Value).ToList(), documents);
    }

    internal static (List<Lined<LplpoLine>> Lines, List<LplpoDocument> Documents) Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var lines = new List<Lined<LplpoLine>>();
        var documents = new Dictionary<(FacilityId, Period), (int Line, LplpoDocument Document)>();
        var order = new List<(FacilityId, Period)>();
        var seen = new DuplicateRows<(FacilityId, Period, DrugCode)>(Columns.Facility, Columns.Period, Columns.DrugCode);
        foreach (var row in sheet.Rows(errors))
        {
            var line = new LplpoLine(
                row.Facility(),
                row.Period(),
                row.DrugCode(),
                row.Quantity(Columns.Opening),
                row.Quantity(Columns.Received),
                row.Quantity(Columns.Used),
                row.Quantity(Columns.Lost),
                row.Quantity(Columns.Closing),
                row.Quantity(Columns.Requested),
                row.OptionalQuantity(Columns.Optimum),
                row.OptionalQuantity(Columns.Given),
                row.Optional(Columns.Note));
            var submitted = row.OptionalDate(Columns.Submitted);
            if (!row.IsValid || seen.IsRepeat(row, (line.Facility, line.Period, line.DrugCode))) continue;

            var documentKey = (line.Facility, line.Period);
            if (documents.TryGetValue(documentKey, out var first))
            {
                if (first.Document.SubmittedOn != submitted)
                {
                    row.Fail(Columns.Submitted,
                        $"{Show(submitted)} differs from {Show(first.Document.SubmittedOn)} on line {first.Line}: " +
                        $"all lines of the LPLPO of {line.Facility} for {line.Period} must give the same date");
                    continue;
                }
            }
            else
            {
                documents[documentKey] = (row.Line, new LplpoDocument(line.Facility, line.Period, submitted));
                order.Add(documentKey);
            }
            lines.Add(new Lined<LplpoLine>(row.Line, line));
        }
        return (lines, order.Select(k => documents[k].Document).ToList());
    }

    private static string Show(DateOnly? date) =>
        date is { } d ? $"'{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'" : "a blank date";
}
