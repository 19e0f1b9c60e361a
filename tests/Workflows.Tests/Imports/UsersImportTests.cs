using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Tests.Imports.Support;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>People and their roles come in from users.csv, checked as an administrator adding a user is.</summary>
public sealed class UsersImportTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Import_NewUserWithTwoRoles_GetsOneGeneratedPasswordStoredHashedAndReimportChangesNothing()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var file = ImportDistrict.Csv("users.csv",
            "id_pengguna,nama,peran,puskesmas,aktif",
            "apoteker2.pkm-01,Rina Apoteker,apoteker,PKM-01,ya",
            "apoteker2.pkm-01,Rina Apoteker,staf,PKM-01,ya",
            "admin2,Dinas Kesehatan,administrator,,");

        var first = await district.ImportAsync(ImportKind.Users, file);
        var again = await district.ImportAsync(ImportKind.Users, file);

        Assert.Equal(3, first.Preview.Added);
        Assert.Equal(["admin2", "apoteker2.pkm-01"], first.Passwords.Select(p => p.UserId).Order(StringComparer.Ordinal));
        Assert.All(first.Passwords, p => Assert.Matches("^[a-z2-9]{4}(-[a-z2-9]{4}){3}$", p.Password));
        Assert.Equal((0, 0, 3), (again.Preview.Added, again.Preview.Changed, again.Preview.Unchanged));
        Assert.Empty(again.Passwords);
        var rina = await district.Host.FacilityAdmin.UserAsync(district.Admin, "apoteker2.pkm-01");
        Assert.Equal([CycleRoles.Pharmacist, CycleRoles.Staff], rina.Roles.Select(r => r.Role));
        await using var db = district.District.Database.CreateDbContext();
        var stored = await db.Users.AsNoTracking().SingleAsync(u => u.Id == "apoteker2.pkm-01");
        Assert.Equal(ImportDistrict.Hash(first.Passwords.Single(p => p.UserId == "apoteker2.pkm-01").Password), stored.PasswordHash);
    }

    [Fact]
    public async Task Import_KnownUserWithANewRoleAndName_AddsTheRoleRenamesAndKeepsTheOldRole()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var pharmacist = district.District.Pharmacist(0).UserId;
        var file = ImportDistrict.Csv("users.csv",
            "user_id,name,role,facility",
            $"{pharmacist},Apoteker Puskesmas Satu,head,PKM-01");

        var result = await district.ImportAsync(ImportKind.Users, file);

        Assert.Equal($"{pharmacist} head at PKM-01", Assert.Single(result.Preview.Changes).Key);
        Assert.Empty(result.Passwords);
        var user = await district.Host.FacilityAdmin.UserAsync(district.Admin, pharmacist);
        Assert.Equal("Apoteker Puskesmas Satu", user.Name);
        Assert.Equal([CycleRoles.Head, CycleRoles.Pharmacist], user.Roles.Select(r => r.Role));
    }

    [Fact]
    public async Task Import_RoleAtTheWrongKindOfFacilityAndABadId_RejectedAtTheirColumnsAndNothingWritten()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var before = await district.FingerprintAsync();
        var file = ImportDistrict.Csv("users.csv",
            "user_id,name,role,facility",
            "petugas2,Petugas Dua,ifk-officer,PKM-01",
            "Bad Id,Someone,pharmacist,PKM-01",
            "admin3,Admin Tiga,administrator,PKM-01");

        var preview = await district.PreviewAsync(ImportKind.Users, file);

        Assert.Equal([
            "users.csv:2: column 'facility': the role ifk-officer works at a ifk, and PKM-01 is a puskesmas",
            "users.csv:3: column 'user_id': 3 to 50 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
            "users.csv:4: column 'facility': an administrator works for the whole district, at no facility",
        ], preview.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await district.FingerprintAsync());
    }

    [Fact]
    public async Task Preview_NewUserWithoutAPasswordHasher_IsAWholeFileError()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var file = ImportDistrict.Csv("users.csv", "user_id,name,role,facility", "staf2.pkm-01,Staf Dua,staff,PKM-01");

        var preview = await district.PreviewAsync(ImportKind.Users, file, new ImportOptions());

        Assert.Equal("users.csv: 1 new user(s) need a password, and this import was started without a way to set one (no password hasher)",
            Assert.Single(preview.Errors).ToString());
    }
}
