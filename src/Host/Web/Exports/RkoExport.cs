using System.Globalization;
using System.Text;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.DataFiles.Xlsx;

namespace Requisition.Host.Web.Exports;

/// <summary>
/// An RKO (rencana kebutuhan obat) as a download: an Excel workbook with the terms of A = (B + C + D) - E per item and
/// its cost, or the rko.csv layout of docs/data-formats.md (what the <c>rko</c> verb writes, so it reads back).
/// </summary>
public static class RkoExport
{
    private static readonly string[] Headers =
    [
        "Kode Obat", "Nama Obat", "Dasar", "Pemakaian rata-rata/bulan", "B = Pemakaian setahun", "C = Stok pengaman",
        "D = Stok waktu tunggu", "E = Sisa stok", "A = Kebutuhan", "Harga satuan", "Biaya",
    ];

    /// <summary>"RKO_PKM-CIBEBER_2027.xlsx" or ".csv".</summary>
    public static string FileName(RkoView rko, string extension) =>
        ExportFiles.Name("RKO", rko.FacilityId, rko.Year.ToString(CultureInfo.InvariantCulture)) + "." + extension;

    public static byte[] Xlsx(RkoView rko)
    {
        var titles = new List<string>
        {
            $"RENCANA KEBUTUHAN OBAT (RKO) {rko.Year}",
            $"{rko.FacilityId} · metode {rko.Method} · status {rko.Status}",
            $"Total biaya: {rko.Cost.ToString("N0", CultureInfo.InvariantCulture)}" + (rko.Budget is { } budget ? $" · anggaran {budget.ToString("N0", CultureInfo.InvariantCulture)}" : ""),
        };
        var rows = rko.Lines.Select(l => (IReadOnlyList<object?>)
        [
            l.DrugCode, l.Name, l.Basis, l.AvgMonthlyUse, l.AnnualUse, l.SafetyStock, l.LeadTimeStock, l.RemainingStock, l.PlannedNeed,
            l.UnitPrice, l.Cost,
        ]);
        using var output = new MemoryStream();
        XlsxTable.Write(output, "RKO", titles, Headers, rows);
        return output.ToArray();
    }

    /// <summary>UTF-8 without a byte order mark, lines ended by "\n", as the rko verb writes it.</summary>
    public static byte[] Csv(RkoView rko)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var facility = new FacilityId(rko.FacilityId);
        RkoCsv.Write(writer, rko.Lines.Select(l => new RkoLine(facility, new DrugCode(l.DrugCode), l.AvgMonthlyUse, l.AnnualUse, l.SafetyStock,
            l.LeadTimeStock, l.RemainingStock, l.PlannedNeed)));
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(writer.ToString());
    }
}
