using System.IO.Compression;
using System.Text;
using Requisition.Workflows.DataFiles.Xlsx;

namespace Requisition.Workflows.Tests.DataFiles.Xlsx;

/// <summary>A file that is not a workbook at all, or is past the reader's limits, is one whole-file error.</summary>
public sealed class LplpoWorkbookNotAWorkbookTests
{
    [Fact]
    public void Read_RandomBytes_OneWholeFileError()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x01;

        var read = LplpoWorkbook.Read(new MemoryStream(bytes), "lplpo.xlsx");

        var error = Assert.Single(read.Errors);
        Assert.Null(read.Value);
        Assert.Equal((0, (string?)null, (string?)null), (error.Line, error.Column, error.Sheet));
        Assert.StartsWith("lplpo.xlsx: is not an Excel workbook (.xlsx): it does not start like one", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CsvRenamedXlsx_SaysItHoldsText()
    {
        var csv = Encoding.UTF8.GetBytes("facility,period,drug_code,opening\nPKM-CIBEBER,2026-10,OB117,3546\n");

        var error = Assert.Single(LplpoWorkbook.Read(new MemoryStream(csv), "lplpo.xlsx").Errors);

        Assert.StartsWith("lplpo.xlsx: is not an Excel workbook (.xlsx): it holds plain text (a CSV file renamed .xlsx?)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TenMegabytesOfJunk_OneWholeFileErrorFromTheFirstBytes()
    {
        var junk = new CountingStream(new byte[10 * 1024 * 1024]);

        var read = LplpoWorkbook.Read(junk, "besar.xlsx");

        Assert.Single(read.Errors);
        Assert.True(junk.BytesRead < 64 * 1024, $"read {junk.BytesRead} bytes of a file refused by its first ones");
    }

    [Fact]
    public void Read_TenMegabytesOfJunkAfterAZipSignature_OneWholeFileError()
    {
        var junk = new byte[10 * 1024 * 1024];
        new Random(11).NextBytes(junk);
        "PK\u0003\u0004"u8.CopyTo(junk);

        var error = Assert.Single(LplpoWorkbook.Read(new MemoryStream(junk), "besar.xlsx").Errors);

        Assert.StartsWith("besar.xlsx: is not a readable Excel workbook (.xlsx): the file is damaged or another kind of document", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OldExcelFile_AsksForXlsx()
    {
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var error = Assert.Single(LplpoWorkbook.Read(new MemoryStream(xls), "lplpo.xls").Errors);

        Assert.Contains("Excel 97-2003 workbook (.xls)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipThatHoldsNoWorkbook_OneWholeFileError()
    {
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("catatan.txt").Open());
            entry.Write("bukan LPLPO");
        }

        var error = Assert.Single(LplpoWorkbook.Read(new MemoryStream(zipped.ToArray()), "lplpo.xlsx").Errors);

        Assert.Contains("is not a readable Excel workbook", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_OneWholeFileError()
    {
        Assert.Equal(["lplpo.xlsx: is empty (0 bytes)"], LplpoWorkbook.Read(new MemoryStream(), "lplpo.xlsx").Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_FileLargerThanTheLimit_RefusedWithoutReadingItAll()
    {
        var (workbook, _) = TestWorkbook.Lplpo();
        var bytes = workbook.Bytes();

        var read = LplpoSheetReader.Read(new MemoryStream(bytes), "lplpo.xlsx", new WorkbookLimits(MaxBytes: bytes.Length - 1));

        Assert.Equal(["lplpo.xlsx: is larger than 0 MB: an LPLPO workbook is far smaller"], read.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_ZipThatExpandsPastTheLimit_RefusedBeforeInflating()
    {
        var (workbook, _) = TestWorkbook.Lplpo();

        var read = LplpoSheetReader.Read(new MemoryStream(workbook.Bytes()), "lplpo.xlsx", new WorkbookLimits(MaxExpandedBytes: 1024 * 1024 / 1024));

        Assert.Equal(["lplpo.xlsx: is too large to read: expands to more than 0 MB"], read.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_SheetWithMoreRowsThanTheLimit_RejectedForTheSheet()
    {
        var (workbook, _) = TestWorkbook.Lplpo();

        var read = LplpoSheetReader.Read(new MemoryStream(workbook.Bytes()), "lplpo.xlsx", new WorkbookLimits(MaxRows: 10));

        Assert.Equal(["lplpo.xlsx[LPLPO]: the sheet holds more than 10 rows or 400000 cells: an LPLPO has one row per item"], read.Errors.Select(e => e.ToString()));
    }

    /// <summary>A stream that counts how much of it was read.</summary>
    private sealed class CountingStream(byte[] content) : MemoryStream(content)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = base.Read(buffer);
            BytesRead += read;
            return read;
        }
    }
}
