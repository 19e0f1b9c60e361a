using System.Text;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Tests.Imports.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>
/// Every kind of import refuses a file that is not a CSV file of its kind as a whole, before reading a row: empty,
/// larger than the limit, random bytes, a header of other columns, a header with no rows. Nothing is written, and the
/// apply of such a file is refused too.
/// </summary>
public sealed class WholeFileRefusalTests(RefusedFileDistrict fixture) : IClassFixture<RefusedFileDistrict>
{
    public static TheoryData<ImportKind> Kinds => new(Enum.GetValues<ImportKind>());

    /// <summary>The kinds that take CSV only (an LPLPO may also be a workbook).</summary>
    public static TheoryData<ImportKind> CsvKinds => new(Enum.GetValues<ImportKind>().Where(k => k != ImportKind.Lplpo));

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task Import_EmptyFile_RefusedAsAWhole(ImportKind kind) =>
        RefusedAsync(kind, new ImportFile("empty.csv", []), "empty.csv: is empty: expected a header row");

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task Import_FileOverTheLimit_RefusedNamingItsSizeAndTheLimit(ImportKind kind) =>
        RefusedAsync(kind, new ImportFile("big.csv", new byte[ImportService.MaxBytes + 1024 * 1024]),
            "big.csv: is 33 MB, more than the 32 MB an import takes: split it into smaller files");

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task Import_TenMegabytesOfRandomBytes_RefusedAsNotCsvText(ImportKind kind)
    {
        var bytes = new byte[10 * 1024 * 1024];
        new Random(5).NextBytes(bytes);
        bytes[0] = (byte)'x'; // not a zip signature, whatever the seed
        return RefusedAsync(kind, new ImportFile("random.csv", bytes), "random.csv: is not a CSV text file: ", prefix: true);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task Import_TextInAnotherEncoding_RefusedAsNotUtf8(ImportKind kind) =>
        RefusedAsync(kind, new ImportFile("latin1.csv", Encoding.Latin1.GetBytes("nama,kode\nObat é,1\n")),
            "latin1.csv: is not a CSV text file: it is not UTF-8 text (byte 16); save it as \"CSV UTF-8\"");

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task Import_Utf16Text_RefusedSayingToSaveAsUtf8(ImportKind kind) =>
        RefusedAsync(kind, new ImportFile("unicode.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("nama,kode\n")).ToArray()),
            "unicode.csv: is not a CSV text file: it is UTF-16 text (\"Unicode text\"); save it as \"CSV UTF-8\"");

    [Theory]
    [MemberData(nameof(CsvKinds))]
    public Task Import_WorkbookGivenForCsv_RefusedSayingToSaveAsCsv(ImportKind kind) =>
        RefusedAsync(kind, new ImportFile("sheet.csv", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]), "sheet.csv: is not a CSV text file: it is a workbook", prefix: true);

    [Fact]
    public Task Import_LplpoFileThatIsNoWorkbook_RefusedAsAWhole() =>
        RefusedAsync(ImportKind.Lplpo, new ImportFile("lplpo.xlsx", "not a workbook"u8.ToArray()), "lplpo.xlsx: ", prefix: true);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Import_HeaderOfOtherColumns_RefusedAtLineOneNamingTheColumn(ImportKind kind)
    {
        var preview = await PreviewAsync(kind, ImportDistrict.Csv("other.csv", "remarks,amount", "x,1"));

        Assert.Contains(preview.Errors, e => e is { Line: 1, Column: "remarks" } && e.Reason.StartsWith("unknown column: ", StringComparison.Ordinal));
        Assert.Contains(preview.Errors, e => e.Line == 1 && e.Reason.StartsWith("required column is missing", StringComparison.Ordinal));
        await AssertNothingWrittenAsync(kind, ImportDistrict.Csv("other.csv", "remarks,amount", "x,1"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task Import_HeaderWithoutRows_RefusedAsHavingNothingToImport(ImportKind kind) =>
        RefusedAsync(kind, ImportDistrict.Csv("header.csv", Header(kind)), "header.csv: has a header but no rows: there is nothing to import");

    private async Task RefusedAsync(ImportKind kind, ImportFile file, string expected, bool prefix = false)
    {
        var preview = await PreviewAsync(kind, file);

        var error = Assert.Single(preview.Errors);
        if (prefix) Assert.StartsWith(expected, error.ToString(), StringComparison.Ordinal);
        else Assert.Equal(expected, error.ToString());
        Assert.Equal((0, false, 0), (error.Line, preview.Valid, preview.Added + preview.Changed));
        await AssertNothingWrittenAsync(kind, file);
    }

    private async Task AssertNothingWrittenAsync(ImportKind kind, ImportFile file)
    {
        var district = fixture.District;
        var before = await district.FingerprintAsync();
        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Imports.ApplyAsync(ActorFor(kind), kind, file, OptionsFor(kind), ImportService.Sha256Of(file)));
        Assert.All(refused.Errors, e => Assert.Equal("file", e.Field));
        Assert.Equal(before, await district.FingerprintAsync());
    }

    private Task<ImportPreview> PreviewAsync(ImportKind kind, ImportFile file) =>
        fixture.District.PreviewAsync(kind, file, OptionsFor(kind), ActorFor(kind));

    private Actor ActorFor(ImportKind kind) => kind == ImportKind.Lplpo ? fixture.District.District.Pharmacist(0) : fixture.District.Admin;

    private static ImportOptions OptionsFor(ImportKind kind) => ImportDistrict.WithHasher with { Edition = "2099" };

    private static string Header(ImportKind kind) => kind switch
    {
        ImportKind.Fornas => "id_obat,nama_obat,sediaan,kekuatan,satuan,fpktp,oen,program",
        ImportKind.Doen => "name,form,strength,unit",
        ImportKind.Catalog => "drug_code,name,form,unit,generic",
        ImportKind.Facilities => "facility,name,kind",
        ImportKind.Users => "user_id,name,role",
        ImportKind.OpeningStock => "facility,drug_code,batch,expiry,quantity",
        ImportKind.History => "facility,drug_code,period,opening,received,used,lost,closing,stockout_days",
        _ => "facility,period,drug_code,opening,received,used,lost,closing,requested",
    };
}
