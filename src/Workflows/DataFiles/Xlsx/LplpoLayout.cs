namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// The official LPLPO form as a worksheet: the title, the labels of the header block, the table's columns (with the
/// other spellings a sheet may use), the item groups and the words that open the signature area. The writer lays
/// the form out from here and the reader finds it by the same words.
/// </summary>
internal static class LplpoLayout
{
    public const string Title = "LAPORAN PEMAKAIAN DAN LEMBAR PERMINTAAN OBAT (LPLPO)";
    public const string SheetName = "LPLPO";

    public const string FacilityLabel = "Puskesmas";
    public const string FacilityCodeLabel = "Kode Puskesmas";
    public const string DistrictLabel = "Kabupaten/Kota";
    public const string PeriodLabel = "Periode";
    public const string SupplierLabel = "Dikirim ke";

    /// <summary>The header block's labels, each with the normalised spellings read as it.</summary>
    public static readonly IReadOnlyList<(string Label, string[] Aliases)> Labels =
    [
        (FacilityCodeLabel, ["kode_puskesmas", "kode_pkm", "kode_fasilitas"]),
        (FacilityLabel, ["puskesmas", "nama_puskesmas", "nama_pkm", "unit_pelayanan"]),
        (DistrictLabel, ["kabupaten_kota", "kabupaten", "kota", "kab_kota", "kab"]),
        (PeriodLabel, ["periode", "bulan", "periode_laporan", "bulan_laporan"]),
        (SupplierLabel, ["dikirim_ke", "kepada", "dikirim_kepada", "ifk"]),
    ];

    public static readonly IReadOnlyList<LplpoColumn> Table =
    [
        new(LplpoField.No, "No", false, false, 5, ["no", "nomor", "no_urut"]),
        new(LplpoField.DrugCode, "Kode Obat", true, false, 12, Aliases(Columns.DrugCode)),
        new(LplpoField.Name, "Nama Obat", false, false, 38, [.. Aliases(Columns.Name), "nama_obat_bmhp", "nama_barang"]),
        new(LplpoField.Unit, "Satuan", false, false, 10, Aliases(Columns.Unit)),
        new(LplpoField.Opening, "Stok Awal", true, true, 10, Aliases(Columns.Opening)),
        new(LplpoField.Received, "Penerimaan", true, true, 11, Aliases(Columns.Received)),
        new(LplpoField.Supply, "Persediaan", false, true, 11, ["persediaan", "supply"]),
        new(LplpoField.Used, "Pemakaian", true, true, 11, Aliases(Columns.Used)),
        new(LplpoField.Lost, "Rusak/ED/Hilang", true, true, 10, [.. Aliases(Columns.Lost), "rusak_ed", "rusak_hilang", "ed_hilang"]),
        new(LplpoField.Closing, "Sisa Stok", true, true, 10, [.. Aliases(Columns.Closing), "sisa"]),
        new(LplpoField.StockoutDays, "Hari Kosong", false, true, 9, Aliases(Columns.StockoutDays)),
        new(LplpoField.Optimum, "Stok Optimum", false, true, 10, Aliases(Columns.Optimum)),
        new(LplpoField.Requested, "Permintaan", true, true, 11, Aliases(Columns.Requested)),
        new(LplpoField.Given, "Pemberian", false, true, 11, Aliases(Columns.Given)),
        new(LplpoField.Note, "Keterangan", false, false, 24, [.. Aliases(Columns.Note), "ket"]),
    ];

    /// <summary>The groups the form lists items under, in the order it prints them.</summary>
    public const string DrugGroup = "OBAT";
    public const string ProgrammeGroup = "OBAT PROGRAM";
    public const string BmhpGroup = "BMHP";

    /// <summary>
    /// Normalised words that open a row of the signature area; such a row (by its first filled cell) ends the table.
    /// "kepala" catches Kepala Puskesmas, Kepala Instalasi Farmasi and Kepala Dinas Kesehatan.
    /// </summary>
    public static readonly IReadOnlyList<string> SignatureOpenings =
        ["mengetahui", "kepala", "petugas", "pengelola", "yang_menyerahkan", "yang_menerima", "yang_meminta", "nip", "disetujui", "diperiksa", "dibuat_oleh"];

    /// <summary>Bahasa Indonesia month names (the app runs with invariant culture, so they are spelt here).</summary>
    public static readonly IReadOnlyList<string> Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static int ColumnOf(LplpoField field) => (int)field + 1;

    public static LplpoColumn Column(LplpoField field) => Table[(int)field];

    public static string MonthName(Requisition.Rules.Facts.Period period) => $"{Months[period.Month - 1]} {period.Year}";

    /// <summary>True when a normalised first cell opens the signature area.</summary>
    public static bool OpensSignatures(string normalized) =>
        SignatureOpenings.Any(w => normalized == w || normalized.StartsWith(w + "_", StringComparison.Ordinal));

    private static string[] Aliases(string column) => [column, .. Columns.AliasesOf(column)];
}
