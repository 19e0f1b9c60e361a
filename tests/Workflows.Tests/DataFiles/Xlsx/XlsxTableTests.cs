using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;
using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles.Xlsx;

namespace Requisition.Workflows.Tests.DataFiles.Xlsx;

public sealed class XlsxTableTests
{
    [Fact]
    public void Write_TitlesHeaderAndRows_NumbersAsNumbersTextAsTextNullBlank()
    {
        using var output = new MemoryStream();

        XlsxTable.Write(output, "RKO", ["RENCANA KEBUTUHAN OBAT (RKO) 2027", "PKM-CIBEBER"], ["Kode Obat", "Nama Obat", "Kebutuhan", "Rata-rata", "Harga"],
        [
            ["OB117", "Parasetamol tablet 500 mg", 44919L, 3162.83m, null],
            ["OB116", "Amoksisilin", 0, 12.5, new Period(2026, 10)],
        ]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var cells = LplpoWorkbookRoundTripTests.Cells(output.ToArray());
        Assert.Equal(("s", "RENCANA KEBUTUHAN OBAT (RKO) 2027"), cells["A1"]);
        Assert.Equal(("s", "PKM-CIBEBER"), cells["A2"]);
        Assert.Equal(("s", "Kode Obat"), cells["A4"]);
        Assert.Equal(("s", "Harga"), cells["E4"]);
        Assert.Equal(("s", "OB117"), cells["A5"]);
        Assert.Equal(("n", "44919"), cells["C5"]);
        Assert.Equal(("n", "3162.83"), cells["D5"]);
        Assert.False(cells.ContainsKey("E5"));
        Assert.Equal(("n", "0"), cells["C6"]);
        Assert.Equal(("n", "12.5"), cells["D6"]);
        Assert.Equal(("s", "2026-10"), cells["E6"]);
    }

    [Fact]
    public void Write_WithoutTitles_StartsWithTheHeaderRowKeptInView()
    {
        using var output = new MemoryStream();

        XlsxTable.Write(output, "Indikator", [], ["indicator", "meets"], [["fornas_conformity", true]]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), false);
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single();
        var worksheet = document.WorkbookPart.WorksheetParts.Single().Worksheet;
        Assert.Equal("Indikator", sheet.Name!.Value);
        Assert.Equal("A2", worksheet.Descendants<Pane>().Single().TopLeftCell!.Value);
        var cells = LplpoWorkbookRoundTripTests.Cells(output.ToArray());
        Assert.Equal([("s", "indicator"), ("b", "1")], [cells["A1"], cells["B2"]]);
    }
}
