namespace Requisition.Host.Cli.Bench.Workload;

/// <summary>Stock of one batch of a drug at a facility (stok per batch) in the benchmark workload.</summary>
public sealed class Batch(string facilityId, string drugCode, int qty, DateOnly expiryDate)
{
    /// <summary>Facility id (kode puskesmas).</summary>
    public string FacilityId { get; } = facilityId;

    /// <summary>Drug code (kode obat).</summary>
    public string DrugCode { get; } = drugCode;

    /// <summary>Quantity in the batch (jumlah).</summary>
    public int Qty { get; } = qty;

    /// <summary>Expiry date (tanggal kedaluwarsa, ED).</summary>
    public DateOnly ExpiryDate { get; } = expiryDate;
}
