using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle.Admin;

/// <summary>An administrator lists the district's facilities as a tree and adds, deactivates and reactivates users.</summary>
public abstract class FacilityAdminTests(TestDatabase database)
{
    [Fact]
    public async Task Facilities_Administrator_GetsTheTreeIfkThenEachPuskesmasWithItsSubUnits()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);

        var tree = await district.Host.FacilityAdmin.FacilitiesAsync(Admin(district));

        Assert.Equal(("IFK-TEST", 0), (tree[0].Id, tree[0].Depth));
        Assert.Equal(("PKM-01", 1), (tree[1].Id, tree[1].Depth));
        Assert.Equal(("PKM-01", 2), (tree[2].ParentId, tree[2].Depth));
        Assert.Equal(1 + 2 * 2, tree.Count);
    }

    [Fact]
    public async Task AddUser_PharmacistAtAPuskesmas_IsStoredWithTheRoleAndNoPassword()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);

        var user = await district.Host.FacilityAdmin.AddUserAsync(Admin(district), new AddUserInput("apoteker.baru", "Apoteker Baru", CycleRoles.Pharmacist, "PKM-01"));

        Assert.Equal((true, false), (user.Active, user.HasPassword));
        Assert.Equal(new UserRoleView(CycleRoles.Pharmacist, "PKM-01"), Assert.Single(user.Roles));
        await using var db = district.Database.CreateDbContext();
        Assert.True(await db.UserRoles.AnyAsync(r => r.UserId == "apoteker.baru" && r.Role == CycleRoles.Pharmacist));
    }

    [Theory]
    [InlineData("Bad Id", "Nama", CycleRoles.Pharmacist, "PKM-01", "userId")]
    [InlineData("ok.id", " ", CycleRoles.Pharmacist, "PKM-01", "name")]
    [InlineData("ok.id", "Nama", "chief", "PKM-01", "role")]
    [InlineData("ok.id", "Nama", CycleRoles.Pharmacist, null, "facilityId")]
    [InlineData("ok.id", "Nama", CycleRoles.IfkOfficer, "PKM-01", "facilityId")]
    [InlineData("ok.id", "Nama", CycleRoles.Pharmacist, "PKM-99", "facilityId")]
    public async Task AddUser_BadInput_IsRefusedAtTheField(string id, string name, string role, string? facility, string field)
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.FacilityAdmin.AddUserAsync(Admin(district), new AddUserInput(id, name, role, facility)));

        Assert.Contains(refused.Errors, e => e.Field == field);
    }

    [Fact]
    public async Task AddUser_ByAnIfkOfficer_IsDenied()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            district.Host.FacilityAdmin.AddUserAsync(district.Ifk, new AddUserInput("x.y.z", "X", CycleRoles.Staff, "PKM-01")));
    }

    [Fact]
    public async Task SetActive_DeactivatedPharmacist_CanNoLongerActUntilReactivated()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var pharmacist = district.Pharmacist(0);

        await district.Host.FacilityAdmin.SetActiveAsync(Admin(district), pharmacist.UserId, new SetUserActiveInput(false));
        await Assert.ThrowsAsync<AccessDeniedException>(() => district.Host.Queries.TasksAsync(pharmacist));
        await district.Host.FacilityAdmin.SetActiveAsync(Admin(district), pharmacist.UserId, new SetUserActiveInput(true));

        Assert.NotNull(await district.Host.Queries.TasksAsync(pharmacist));
    }

    [Fact]
    public async Task SetActive_AdministratorDeactivatingThemself_IsRefused()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.FacilityAdmin.SetActiveAsync(Admin(district), Admin(district).UserId, new SetUserActiveInput(false)));

        Assert.Equal("active", Assert.Single(refused.Errors).Field);
    }

    private static Actor Admin(CycleDistrict district) => new(district.Seeded.Administrator, CycleRoles.Administrator, null);

    public sealed class OnSqlite(SqliteTestDatabase database) : FacilityAdminTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : FacilityAdminTests(server.DatabaseFor(typeof(OnPostgres)));
}
