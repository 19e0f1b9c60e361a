using System.Globalization;
using Microsoft.Extensions.Localization;
using Requisition.Host.Web.Localization;

namespace Requisition.Host.Web.Indicators;

/// <summary>
/// The indicators as the dashboard names them: each indicator id, group and unit in Bahasa Indonesia (keys of
/// <see cref="IndicatorText"/>, whose English is in its .en.resx), and a value as the reader reads it ("12,5 %",
/// "14,2 bulan"). An id the dashboard does not know yet is shown as it is.
/// </summary>
public static class IndicatorWords
{
    /// <summary>The groups in the order the dashboard shows them, with their Indonesian names.</summary>
    public static IReadOnlyList<(string Id, string Name)> Groups { get; } =
    [
        ("selection", "Pemilihan"), ("planning", "Perencanaan"), ("distribution", "Distribusi"),
        ("availability", "Ketersediaan"), ("storage", "Penyimpanan"), ("use", "Penggunaan"),
    ];

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["fornas_conformity"] = "Kesesuaian item dengan FORNAS",
        ["doen_conformity"] = "Kesesuaian item dengan DOEN",
        ["generic_value_share"] = "Persentase nilai obat generik",
        ["essential_value_share"] = "Persentase nilai obat esensial",
        ["availability_vs_disease_pattern"] = "Ketersediaan obat sesuai pola penyakit",
        ["fund_adequacy"] = "Kecukupan dana",
        ["planning_accuracy"] = "Ketepatan perencanaan",
        ["request_conformity"] = "Kesesuaian permintaan dengan rencana",
        ["receipt_conformity"] = "Kesesuaian penerimaan dengan permintaan",
        ["distribution_accuracy"] = "Ketepatan distribusi",
        ["distribution_deviation"] = "Penyimpangan distribusi",
        ["lplpo_on_time"] = "LPLPO tepat waktu",
        ["stockout_time"] = "Rata-rata waktu kekosongan obat",
        ["availability_months"] = "Tingkat ketersediaan obat",
        ["items_out_pct"] = "Persentase item kosong",
        ["items_short_pct"] = "Persentase item kurang",
        ["items_safe_pct"] = "Persentase item aman",
        ["items_excess_pct"] = "Persentase item berlebih",
        ["dead_stock_value_pct"] = "Persentase nilai obat mati",
        ["expired_value_pct"] = "Persentase nilai obat kedaluwarsa",
        ["damaged_value_pct"] = "Persentase nilai obat rusak",
        ["expired_items_pct"] = "Persentase item kedaluwarsa",
        ["usage_ratio"] = "Rata-rata penggunaan obat indikator",
        ["itor"] = "Perputaran persediaan (ITOR)",
    };

    /// <summary>The drill-down's column names as the indicators write them, in Indonesian (keys of <see cref="IndicatorText"/>).</summary>
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["FORNAS id"] = "ID FORNAS", ["FKTP"] = "FKTP", ["decided by"] = "diputuskan oleh", ["on DOEN"] = "di DOEN",
        ["due"] = "batas kirim", ["received"] = "diterima", ["days late"] = "hari terlambat",
        ["expiry"] = "kedaluwarsa", ["quantity"] = "jumlah", ["price"] = "harga", ["value"] = "nilai (Rp)",
        ["batches"] = "batch", ["expired batches"] = "batch kedaluwarsa", ["first expiry"] = "kedaluwarsa terdekat",
        ["used"] = "pemakaian", ["used value"] = "nilai pemakaian (Rp)", ["average stock value"] = "rata-rata nilai stok (Rp)",
        ["requested"] = "permintaan", ["received next period"] = "diterima periode berikutnya", ["given"] = "pemberian",
        ["planned"] = "rencana", ["stock-out days"] = "hari kosong", ["days"] = "hari", ["stock-out %"] = "kekosongan %",
        ["closing"] = "sisa stok", ["average monthly use"] = "rata-rata pemakaian per bulan", ["months of stock"] = "bulan stok",
        ["category"] = "kategori", ["issued"] = "dikeluarkan", ["ratio %"] = "rasio %",
    };

    /// <summary>A drill-down column in the page's language; a column the dashboard has no name for is shown as written.</summary>
    public static string Column(IStringLocalizer<IndicatorText> text, string column) => Columns.TryGetValue(column, out var key) ? text[key] : column;

    /// <summary>The Indonesian name of an indicator (a key of <see cref="IndicatorText"/>), or null when there is none.</summary>
    public static string? NameKey(string id) => Names.GetValueOrDefault(id);

    /// <summary>The indicator's name in the page's language; the id itself when the dashboard has no name for it.</summary>
    public static string Name(IStringLocalizer<IndicatorText> text, string id) => NameKey(id) is { } key ? text[key] : id;

    public static string Group(IStringLocalizer<IndicatorText> text, string group) =>
        Groups.FirstOrDefault(g => g.Id == group).Name is { } name ? text[name] : group;

    /// <summary>A value rounded for reading, with its unit: "12,5 %", "14,2 bulan", "8 kali/tahun"; "–" without a value.</summary>
    public static string Value(IStringLocalizer<IndicatorText> text, decimal? value, string unit)
    {
        if (value is not { } v) return "–";
        var number = Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("#,0.#", CultureInfo.CurrentCulture);
        return unit switch
        {
            "%" => $"{number} %",
            "months" => $"{number} {text["bulan"]}",
            "times/year" => $"{number} {text["kali/tahun"]}",
            "" or "ratio" => number,
            _ => $"{number} {unit}",
        };
    }

    /// <summary>The standard as the rules state it ("12-18 months", "higher is better"), in the page's language.</summary>
    public static string Standard(IStringLocalizer<IndicatorText> text, string standard) => standard.Trim() switch
    {
        "" or "-" => text["Tanpa standar"],
        "higher is better" => text["makin tinggi makin baik"],
        var s => s.Replace("times/year", text["kali/tahun"], StringComparison.Ordinal)
            .Replace("months", text["bulan"], StringComparison.Ordinal),
    };

    /// <summary>
    /// The status of a figure against its standard: Memenuhi, Belum memenuhi, Tanpa standar (no pass/fail), or Tanpa data
    /// when there was nothing to compute it from. The CSS class colours the badge; the words always say it too.
    /// </summary>
    public static (string Css, string Text) Status(IStringLocalizer<IndicatorText> text, bool? meets, decimal? value) => (meets, value) switch
    {
        (true, _) => ("meets", text["Memenuhi"]),
        (false, _) => ("fails", text["Belum memenuhi"]),
        (null, null) => ("none", text["Tanpa data"]),
        (null, _) => ("none", text["Tanpa standar"]),
    };
}
