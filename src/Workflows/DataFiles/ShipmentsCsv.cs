using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>Reads <c>shipments.csv</c>, the lines of issue notes (SBBK), into <see cref="Shipment"/>s.</summary>
public static class ShipmentsCsv
{
    internal static readonly CsvSchema Schema = new(DataFileNames.Shipments,
        [Columns.Document, Columns.FromFacility, Columns.ToFacility, Columns.DrugCode, Columns.Batch, Columns.Quantity],
        []);

    public static IReadOnlyList<Shipment> Read(CsvTable table) =>
        DataFileErrorList.ReadOrThrow(table, Read).Select(l => l.Value).ToList();

    internal static List<Lined<Shipment>> Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var shipments = new List<Lined<Shipment>>();
        var seen = new DuplicateRows<(string, DrugCode, string)>(Columns.Document, Columns.DrugCode, Columns.Batch);
        foreach (var row in sheet.Rows(errors))
        {
            var shipment = new Shipment(
                row.Required(Columns.Document),
                row.Facility(Columns.FromFacility),
                row.Facility(Columns.ToFacility),
                row.DrugCode(),
                row.Required(Columns.Batch),
                row.Quantity(Columns.Quantity));
            if (!row.IsValid || seen.IsRepeat(row, (shipment.Document, shipment.DrugCode, shipment.Batch))) continue;
            shipments.Add(new Lined<Shipment>(row.Line, shipment));
        }
        return shipments;
    }
}
