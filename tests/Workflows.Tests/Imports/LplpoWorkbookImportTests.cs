using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles.Xlsx;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Imports.Support;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>An LPLPO in the official workbook layout, filled in Excel, comes into the open draft like its CSV.</summary>
public sealed class LplpoWorkbookImportTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Import_WorkbookFilledFromTheDraft_SavesEveryLineAndReadsBackTheSameNumbers()
    {
        var (district, pharmacist, draft) = await DraftAsync();
        var filled = draft.Lines.Select((l, i) => l with
        {
            Used = (l.Opening + l.Received) / 3, Lost = 0, Closing = l.Opening + l.Received - (l.Opening + l.Received) / 3,
            StockoutDays = i % 2, Requested = 10 + i, Note = i == 0 ? "stok menipis" : null,
        }).ToList();
        var file = Workbook(draft, filled);

        var first = await district.ImportAsync(ImportKind.Lplpo, file, actor: pharmacist);
        var saved = await district.Host.Queries.LplpoAsync(pharmacist, draft.Id);
        var again = await district.ImportAsync(ImportKind.Lplpo, file, actor: pharmacist);

        Assert.Equal(draft.Lines.Count, first.Preview.Rows);
        Assert.Equal(Numbers(filled), Numbers(saved.Lines));
        Assert.Equal((0, draft.Lines.Count), (again.Preview.Changed, again.Preview.Unchanged));
        Assert.Equal(draft.Revision + 1, (await district.Host.Queries.LplpoAsync(pharmacist, draft.Id)).Revision);
    }

    [Fact]
    public async Task Import_WorkbookWithADifferentOpening_RejectedOnItsSheetRowAndColumn()
    {
        var (district, pharmacist, draft) = await DraftAsync();
        var before = await district.FingerprintAsync();
        var lines = draft.Lines.Select((l, i) => i == 2 ? l with { Opening = l.Opening + 1, Closing = l.Closing + 1 } : l).ToList();

        var preview = await district.PreviewAsync(ImportKind.Lplpo, Workbook(draft, lines), actor: pharmacist);

        var error = Assert.Single(preview.Errors);
        Assert.Equal(("LPLPO", "Stok Awal"), (error.Sheet, error.Column));
        Assert.True(error.Line > 3, $"the item's worksheet row, below the header block: {error.Line}");
        Assert.Equal(before, await district.FingerprintAsync());
    }

    private static ImportFile Workbook(LplpoView draft, IReadOnlyList<LplpoLineView> lines)
    {
        var sheet = new LplpoSheet(
            new LplpoSheetHeader(draft.FacilityId, "Puskesmas 1", Period.Parse(draft.Period), "Kabupaten Uji", "IFK-TEST"),
            lines.Select(l => new LplpoSheetLine(0, "OBAT", l.DrugCode, l.Name, "tablet", l.Opening, l.Received, l.Used, l.Lost, l.Closing,
                l.StockoutDays, l.Optimum, l.Requested, null, l.Note)).ToList());
        using var stream = new MemoryStream();
        LplpoWorkbook.Write(stream, sheet, [new SignatureBlock("Kepala Puskesmas", null, null)]);
        return new ImportFile("lplpo-pkm-01.xlsx", stream.ToArray());
    }

    private static List<string> Numbers(IEnumerable<LplpoLineView> lines) => lines
        .Select(l => $"{l.DrugCode} {l.Opening} {l.Received} {l.Used} {l.Lost} {l.Closing} {l.StockoutDays} {l.Requested} {l.Note}")
        .Order(StringComparer.Ordinal).ToList();

    private async Task<(ImportDistrict District, Workflows.Runtime.Contracts.Actor Pharmacist, LplpoView Draft)> DraftAsync()
    {
        var district = await ImportDistrict.CreateAsync(database, puskesmas: 1);
        var month = await new CycleSteps(district.District).StartMonthAsync();
        var pharmacist = district.District.Pharmacist(0);
        return (district, pharmacist, await district.Host.Queries.LplpoAsync(pharmacist, month.Lplpos.Single().LplpoId));
    }
}
