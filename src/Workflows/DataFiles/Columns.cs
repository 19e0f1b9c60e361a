using System.Collections.Frozen;
using System.Text;

namespace Requisition.Workflows.DataFiles;

/// <summary>
/// The canonical column names of the input files and the Indonesian headers accepted for each
/// (the terms printed on LPLPO, kartu stok and SBBK forms). The one place aliases live: a reader
/// names the canonical columns it needs and never looks at a header itself.
/// </summary>
internal static class Columns
{
    public const string Facility = "facility";
    public const string DrugCode = "drug_code";
    public const string Name = "name";
    public const string Form = "form";
    public const string Strength = "strength";
    public const string Unit = "unit";
    public const string Generic = "generic";
    public const string Price = "price";
    public const string FornasId = "fornas_id";
    public const string Period = "period";
    public const string Opening = "opening";
    public const string Received = "received";
    public const string Used = "used";
    public const string Lost = "lost";
    public const string Closing = "closing";
    public const string StockoutDays = "stockout_days";
    public const string Requested = "requested";
    public const string Optimum = "optimum";
    public const string Given = "given";
    public const string Note = "note";
    public const string Submitted = "submitted";
    public const string Batch = "batch";
    public const string Expiry = "expiry";
    public const string Quantity = "quantity";
    public const string UnitPrice = "unit_price";
    public const string FundSource = "fund_source";
    public const string AvgMonthlyUse = "avg_monthly_use";
    public const string AnnualUse = "annual_use";
    public const string SafetyStock = "safety_stock";
    public const string LeadTimeStock = "lead_time_stock";
    public const string RemainingStock = "remaining_stock";
    public const string PlannedNeed = "planned_need";
    public const string Document = "document";
    public const string FromFacility = "from_facility";
    public const string ToFacility = "to_facility";
    public const string Shipped = "shipped";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Reason = "reason";
    public const string Year = "year";
    public const string Amount = "amount";

    /// <summary>
    /// Indonesian headers per canonical column, already normalised (see <see cref="Normalize"/>).
    /// An alias may serve two columns that never share a file (harga_satuan: price in the formulary,
    /// unit_price in batches); a test keeps every file's columns free of clashes.
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> AliasTable = new Dictionary<string, string[]>
    {
        [Facility] = ["puskesmas", "fasilitas", "kode_puskesmas"],
        [DrugCode] = ["kode_obat", "kode"],
        [Name] = ["nama_obat", "nama"],
        [Form] = ["sediaan", "bentuk"],
        [Strength] = ["kekuatan"],
        [Unit] = ["satuan"],
        [Generic] = ["generik"],
        [Price] = ["harga", "harga_satuan"],
        [FornasId] = ["id_fornas"],
        [Period] = ["periode", "bulan"],
        [Opening] = ["stok_awal"],
        [Received] = ["penerimaan"],
        [Used] = ["pemakaian"],
        [Lost] = ["rusak", "hilang", "rusak_ed_hilang"],
        [Closing] = ["sisa_stok", "stok_akhir"],
        [StockoutDays] = ["hari_kosong", "hari_kekosongan"],
        [Requested] = ["permintaan"],
        [Optimum] = ["stok_optimum"],
        [Given] = ["pemberian"],
        [Note] = ["keterangan"],
        [Submitted] = ["tanggal_kirim"],
        [Batch] = ["no_batch"],
        [Expiry] = ["kedaluwarsa", "ed", "tanggal_ed"],
        [Quantity] = ["jumlah"],
        [UnitPrice] = ["harga_satuan", "harga"],
        [FundSource] = ["sumber_dana"],
        [Document] = ["dokumen", "no_sbbk"],
        [Shipped] = ["dikirim"],
        [Accepted] = ["diterima"],
        [Rejected] = ["ditolak"],
        [Reason] = ["alasan"],
        [Year] = ["tahun"],
        [Amount] = ["anggaran"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The Indonesian headers accepted for <paramref name="column"/> (empty when it has none).</summary>
    public static IReadOnlyList<string> AliasesOf(string column) =>
        AliasTable.TryGetValue(column, out var aliases) ? aliases : [];

    /// <summary>True when a normalised header names <paramref name="column"/>, by its own name or an alias.</summary>
    public static bool Names(string normalizedHeader, string column) =>
        normalizedHeader == column || AliasesOf(column).Contains(normalizedHeader, StringComparer.Ordinal);

    /// <summary>
    /// Header as compared: trimmed, lower case, and runs of spaces, '-', '/' and '.' turned into one '_',
    /// so "Kode Obat", "Rusak/ED/Hilang" and "No. SBBK" from a spreadsheet find kode_obat,
    /// rusak_ed_hilang and no_sbbk.
    /// </summary>
    public static string Normalize(string header)
    {
        var text = new StringBuilder(header.Length);
        var pendingSeparator = false;
        foreach (var c in header.Trim().ToLowerInvariant())
        {
            if (c is ' ' or '-' or '/' or '.' or '_' or '\t')
            {
                pendingSeparator = text.Length > 0;
                continue;
            }
            if (pendingSeparator) text.Append('_');
            pendingSeparator = false;
            text.Append(c);
        }
        return text.ToString();
    }
}
