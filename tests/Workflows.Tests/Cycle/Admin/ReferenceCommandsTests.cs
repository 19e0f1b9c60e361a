using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle.Admin;

/// <summary>An administrator sees the stored reference editions and confirms the FORNAS row of an item the matcher could not place.</summary>
public abstract class ReferenceCommandsTests(TestDatabase database)
{
    [Fact]
    public async Task Editions_SeededFornas_IsListedWithItsRowCount()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);

        var editions = await district.Host.ReferenceLists.EditionsAsync(Admin(district));

        var fornas = Assert.Single(editions, e => e.Kind == "fornas");
        Assert.Equal(CycleDistrict.Fornas.Count, fornas.Items);
    }

    [Fact]
    public async Task Confirm_ARowForAnItem_StoresTheMappingAndTakesTheItemOffTheUnmatched()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var admin = Admin(district);
        await using var db = district.Database.CreateDbContext();
        var row = await db.FornasItems.AsNoTracking().OrderBy(i => i.Row).FirstAsync();
        var before = await district.Host.ReferenceLists.UnmatchedAsync(admin);
        var code = before.Count > 0 ? before[0].DrugCode : (await db.Drugs.AsNoTracking().Select(d => d.Code).ToListAsync()).First().Value;

        var mapping = await district.Host.ReferenceLists.ConfirmAsync(admin, new ConfirmMappingInput(code, row.Id, "dicek dengan e-Fornas"));
        var again = await district.Host.ReferenceLists.ConfirmAsync(admin, new ConfirmMappingInput(code, row.Id));

        Assert.Equal((code, row.FornasId, "admin"), (mapping.DrugCode, mapping.FornasId, mapping.ConfirmedBy));
        Assert.Equal(1, await db.ConfirmedMappings.CountAsync(m => m.ListId == row.ListId && m.FornasItemId == row.Id));
        Assert.Null(again.Note);
        Assert.True(mapping.Id > 0, "a new mapping answers with its stored id");
        Assert.Equal(mapping.Id, again.Id);
        Assert.DoesNotContain(await district.Host.ReferenceLists.UnmatchedAsync(admin), u => u.DrugCode == code);
    }

    [Fact]
    public async Task Confirm_UnknownItemAndRow_IsRefusedAtBothFields()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.ReferenceLists.ConfirmAsync(Admin(district), new ConfirmMappingInput("NO-SUCH", 999_999)));

        Assert.Equal(["drugCode", "fornasItemId"], refused.Errors.Select(e => e.Field).Order().ToArray());
    }

    [Fact]
    public async Task Unmatched_ByAPharmacist_IsDenied()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);

        await Assert.ThrowsAsync<AccessDeniedException>(() => district.Host.ReferenceLists.UnmatchedAsync(district.Pharmacist(0)));
    }

    private static Actor Admin(CycleDistrict district) => new(district.Seeded.Administrator, CycleRoles.Administrator, null);

    public sealed class OnSqlite(SqliteTestDatabase database) : ReferenceCommandsTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ReferenceCommandsTests(server.DatabaseFor(typeof(OnPostgres)));
}
