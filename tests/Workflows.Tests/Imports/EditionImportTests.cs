using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Tests.Imports.Support;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>
/// FORNAS and DOEN editions come in under an edition name, never change once stored, and say what activating them
/// changes in the matching of the district catalog.
/// </summary>
public sealed class EditionImportTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private const string Header = "id_obat,nama_obat,nama_obat_internasional,kelas_terapi,sediaan,kekuatan,satuan,fpktp,oen,program";

    /// <summary>The seeded list, but parasetamol 500 mg no longer for primary care.</summary>
    private static readonly ImportFile Fornas2025 = ImportDistrict.Csv("fornas-2025.csv",
        Header,
        "F1,parasetamol,paracetamol,analgesik,tablet,500 mg,,Tidak,Ya,Tidak",
        "F2,amoksisilin,amoxicillin,antibakteri,kapsul,500 mg,,Ya,Ya,Tidak",
        "F3,oralit,oral rehydration salts,,serbuk,200 ml,,Ya,Ya,Tidak",
        "F4,metformin,metformin,antidiabetes,tablet,500 mg,,Ya,Ya,Tidak",
        "F5,amlodipin,amlodipine,antihipertensi,tablet,5 mg,,Ya,Ya,Tidak",
        "F6,kaptopril,captopril,antihipertensi,tablet,25 mg,,Ya,Ya,Tidak",
        "F7,ibuprofen,ibuprofen,analgesik,tablet,400 mg,,Ya,Ya,Tidak");

    [Fact]
    public async Task Preview_AnEditionThatDropsAnItemFromPrimaryCare_SaysWhatActivatingItChanges()
    {
        var district = await ImportDistrict.CreateAsync(database);

        var preview = await district.PreviewAsync(ImportKind.Fornas, Fornas2025, new ImportOptions(Edition: "2025"));

        Assert.True(preview.Valid, string.Join("\n", preview.Errors));
        Assert.Equal((7, 7), (preview.Rows, preview.Added));
        Assert.Contains(preview.Notes, n => n.StartsWith("Activating edition 2025 (in place of edition FORNAS) changes 1 of the 12 catalog items: 0 gain and 1 lose FORNAS-for-FKTP", StringComparison.Ordinal));
        Assert.Contains(preview.Notes, n => n.StartsWith("OBT-001 Parasetamol: loses FORNAS-for-FKTP", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_WithoutActivation_StoresAnInactiveEditionThatActivationPreviewsAndActivates()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var references = district.Host.ReferenceLists;

        var result = await district.ImportAsync(ImportKind.Fornas, Fornas2025, new ImportOptions(Edition: "2025", Source: "KMK 2025"));
        var editions = await references.EditionsAsync(district.Admin);
        var stored = editions.Single(e => e.Edition == "2025");
        var preview = await references.ActivationPreviewAsync(district.Admin, stored.Id);
        var activated = await references.ActivateAsync(district.Admin, stored.Id);
        var after = await references.EditionsAsync(district.Admin);

        Assert.Equal((false, "KMK 2025", 7), (stored.Active, stored.Source, stored.Items));
        Assert.True(editions.Single(e => e.Edition == "FORNAS").Active);
        var change = Assert.Single(preview.Items);
        Assert.Equal(("OBT-001", "FORNAS"), (change.DrugCode, preview.ReplacesEdition));
        Assert.Equal([EditionMatching.LosesFktp], change.Changes);
        Assert.Equal((false, true), (preview.Active, activated.Active));
        Assert.Equal(["2025"], after.Where(e => e.Active).Select(e => e.Edition));
        Assert.Empty((await references.ActivationPreviewAsync(district.Admin, stored.Id)).Items);
        Assert.Equal(7, result.Preview.Added);
    }

    [Fact]
    public async Task Import_TheSameEditionAgain_ChangesNothingAndWithActivationOnlyActivatesIt()
    {
        var district = await ImportDistrict.CreateAsync(database);
        await district.ImportAsync(ImportKind.Fornas, Fornas2025, new ImportOptions(Edition: "2025"));
        var before = await district.FingerprintAsync();

        var again = await district.ImportAsync(ImportKind.Fornas, Fornas2025, new ImportOptions(Edition: "2025"));
        var unchanged = await district.FingerprintAsync();
        var activate = await district.ImportAsync(ImportKind.Fornas, Fornas2025, new ImportOptions(Edition: "2025", Activate: true));

        Assert.Equal((0, 0, 7), (again.Preview.Added, again.Preview.Changed, again.Preview.Unchanged));
        Assert.Equal(before.Replace("imports 1", "imports 2", StringComparison.Ordinal), unchanged);
        Assert.Equal((0, 1), (activate.Preview.Added, activate.Preview.Changed));
        await using var db = district.District.Database.CreateDbContext();
        Assert.Equal("2025", await db.ReferenceLists.Where(l => l.Active && l.Kind == Workflows.Persistence.Entities.ReferenceListKind.Fornas).Select(l => l.Edition).SingleAsync());
    }

    [Fact]
    public async Task Import_OtherRowsUnderAStoredEditionName_IsAWholeFileErrorAndNothingWritten()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var before = await district.FingerprintAsync();
        var other = ImportDistrict.Csv("fornas.csv", Header, "F9,zinc,zinc,,tablet dispersibel,20 mg,,Ya,Ya,Tidak");

        var preview = await district.PreviewAsync(ImportKind.Fornas, other, new ImportOptions(Edition: "FORNAS"));

        Assert.Equal("fornas.csv: edition FORNAS of FORNAS is already stored with other rows (row 1 differs): a stored edition never changes, " +
            "since flags and confirmed mappings refer to its rows; import this file under another edition name", Assert.Single(preview.Errors).ToString());
        Assert.Equal(before, await district.FingerprintAsync());
    }

    [Fact]
    public async Task Import_DoenEditionWithoutAnActiveOne_IsActivatedAndDecidesDoenStatus()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var doen = ImportDistrict.Csv("doen.csv", "nama_obat,sediaan,kekuatan,satuan", "amoksisilin,kapsul,500,mg");

        var result = await district.ImportAsync(ImportKind.Doen, doen, new ImportOptions(Edition: "2021"));

        Assert.Contains(result.Preview.Notes, n => n.Contains("made the active edition (the first edition of its kind)", StringComparison.Ordinal));
        var editions = await district.Host.ReferenceLists.EditionsAsync(district.Admin);
        Assert.True(editions.Single(e => e.Kind == "doen").Active);
    }

    [Fact]
    public async Task Preview_WithoutAnEditionName_IsRefusedAtTheEditionField()
    {
        var district = await ImportDistrict.CreateAsync(database);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => district.PreviewAsync(ImportKind.Fornas, Fornas2025, new ImportOptions()));

        Assert.Equal("edition", Assert.Single(refused.Errors).Field);
    }
}
