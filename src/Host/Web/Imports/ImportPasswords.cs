using Microsoft.AspNetCore.Identity;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Host.Web.Imports;

/// <summary>
/// Turns a password the users import generated into the hash stored for it, with the same hasher as sign-in
/// (<see cref="Accounts.AccountService"/>: PBKDF2 with a salt per password); the import passes it as
/// <c>ImportOptions.PasswordHash</c>.
/// </summary>
public static class ImportPasswords
{
    private static readonly PasswordHasher<User> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(new User(), password);
}
