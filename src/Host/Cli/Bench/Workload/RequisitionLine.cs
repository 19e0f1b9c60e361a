namespace Requisition.Host.Cli.Bench.Workload;

/// <summary>One line of a facility's monthly report and request (baris LPLPO) in the benchmark workload.</summary>
public sealed class RequisitionLine(
    string facilityId, string drugCode, int stockOnHand, int avgMonthlyUse, int requested, int planned)
{
    /// <summary>Facility id (kode puskesmas), e.g. <c>F0000</c>.</summary>
    public string FacilityId { get; } = facilityId;

    /// <summary>Drug code (kode obat).</summary>
    public string DrugCode { get; } = drugCode;

    /// <summary>Closing stock (sisa stok).</summary>
    public int StockOnHand { get; } = stockOnHand;

    /// <summary>Average monthly use (pemakaian rata-rata per bulan).</summary>
    public int AvgMonthlyUse { get; } = avgMonthlyUse;

    /// <summary>Requested quantity (permintaan).</summary>
    public int Requested { get; } = requested;

    /// <summary>Planned quantity for the period, the RKO share (rencana kebutuhan).</summary>
    public int Planned { get; } = planned;
}
