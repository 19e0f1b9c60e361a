using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Imports.Support;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>An LPLPO filled in outside the app comes into the pharmacist's open draft through the draft save.</summary>
public sealed class LplpoImportTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private const string Header = "facility,period,drug_code,opening,received,used,lost,closing,requested,given,note";

    [Fact]
    public async Task Import_FilledCsvIntoTheDraft_SavesUseAndRequestsOnceAndReimportLeavesTheRevision()
    {
        var (district, pharmacist, draft) = await DraftAsync();
        var lines = draft.Lines.Take(3).Select((l, i) =>
            $"PKM-01,2026-10,{l.DrugCode},{l.Opening},{l.Received},{(l.Opening + l.Received) / 2},0,{l.Opening + l.Received - (l.Opening + l.Received) / 2},{40 + i},{(i == 0 ? "99" : "")},{(i == 1 ? "naik karena wabah" : "")}");
        var file = ImportDistrict.Csv("lplpo.csv", [Header, .. lines]);

        var first = await district.ImportAsync(ImportKind.Lplpo, file, actor: pharmacist);
        var saved = await district.Host.Queries.LplpoAsync(pharmacist, draft.Id);
        var again = await district.ImportAsync(ImportKind.Lplpo, file, actor: pharmacist);
        var after = await district.Host.Queries.LplpoAsync(pharmacist, draft.Id);

        Assert.Equal((3, 0), (first.Preview.Changed, first.Preview.Unchanged));
        Assert.Contains(first.Preview.Notes, n => n.StartsWith("What the IFK gives (pemberian) is filled by the IFK on review", StringComparison.Ordinal));
        Assert.Equal(draft.Revision + 1, saved.Revision);
        var second = saved.Lines.Single(l => l.DrugCode == draft.Lines[1].DrugCode);
        Assert.Equal(((draft.Lines[1].Opening + draft.Lines[1].Received) / 2, 41L, "naik karena wabah"), (second.Used, second.Requested, second.Note));
        Assert.Null(saved.Lines.Single(l => l.DrugCode == draft.Lines[0].DrugCode).Given);
        Assert.Equal((0, 3), (again.Preview.Changed, again.Preview.Unchanged));
        Assert.Equal(saved.Revision, after.Revision);
    }

    [Fact]
    public async Task Import_AnotherFacilitysLplpo_RejectedAtTheFacilityAndTheDraftUnchanged()
    {
        var (district, pharmacist, draft) = await DraftAsync();
        var before = await district.FingerprintAsync();
        var l = draft.Lines[0];
        var file = ImportDistrict.Csv("lplpo.csv", Header, $"PKM-02,2026-10,{l.DrugCode},{l.Opening},{l.Received},1,0,{l.Opening + l.Received - 1},5,,");

        var preview = await district.PreviewAsync(ImportKind.Lplpo, file, actor: pharmacist);

        Assert.Equal("lplpo.csv:2: column 'facility': is the LPLPO of PKM-02: you report for PKM-01, and import only your own LPLPO",
            Assert.Single(preview.Errors).ToString());
        Assert.Equal(before, await district.FingerprintAsync());
    }

    [Fact]
    public async Task Import_ItemNotOnTheDraftAndAnOpeningOtherThanTheStockCard_RejectedAtTheirColumns()
    {
        var (district, pharmacist, draft) = await DraftAsync();
        var before = await district.FingerprintAsync();
        var l = draft.Lines[0];
        var file = ImportDistrict.Csv("lplpo.csv", Header,
            $"PKM-01,2026-10,{l.DrugCode},{l.Opening + 7},{l.Received},1,0,{l.Opening + l.Received + 6},5,,",
            "PKM-01,2026-10,OBT-999,10,0,1,0,9,5,,");

        var preview = await district.PreviewAsync(ImportKind.Lplpo, file, actor: pharmacist);

        Assert.Equal([
            $"lplpo.csv:2: column 'opening': {l.Opening + 7} differs from the draft's {l.Opening}, which comes from the stock card: correct the file, or the stock card with a stock count",
            "lplpo.csv:3: column 'drug_code': OBT-999 is not on the draft LPLPO of PKM-01 for 2026-10",
        ], preview.Errors.Select(e => e.ToString()));
        await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Imports.ApplyAsync(pharmacist, ImportKind.Lplpo, file, new ImportOptions(), preview.Sha256));
        Assert.Equal(before, await district.FingerprintAsync());
    }

    [Fact]
    public async Task Preview_APeriodWithoutADraft_IsAWholeFileError()
    {
        var (district, pharmacist, draft) = await DraftAsync();
        var l = draft.Lines[0];
        var file = ImportDistrict.Csv("lplpo.csv", Header, $"PKM-01,2026-12,{l.DrugCode},{l.Opening},{l.Received},1,0,{l.Opening + l.Received - 1},5,,");

        var preview = await district.PreviewAsync(ImportKind.Lplpo, file, actor: pharmacist);

        Assert.StartsWith("lplpo.csv: there is no LPLPO of PKM-01 for 2026-12 to fill", Assert.Single(preview.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_AsAnAdministrator_IsDenied()
    {
        var (district, _, _) = await DraftAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            district.PreviewAsync(ImportKind.Lplpo, ImportDistrict.Csv("lplpo.csv", Header), actor: district.Admin));
    }

    /// <summary>The October month started by the IFK: PKM-01's prefilled draft, as its pharmacist sees it.</summary>
    private async Task<(ImportDistrict District, Workflows.Runtime.Contracts.Actor Pharmacist, LplpoView Draft)> DraftAsync()
    {
        var district = await ImportDistrict.CreateAsync(database, puskesmas: 2);
        var month = await new CycleSteps(district.District).StartMonthAsync();
        var pharmacist = district.District.Pharmacist(0);
        var draft = await district.Host.Queries.LplpoAsync(pharmacist, month.Lplpos.Single(l => l.FacilityId == "PKM-01").LplpoId);
        return (district, pharmacist, draft);
    }
}
