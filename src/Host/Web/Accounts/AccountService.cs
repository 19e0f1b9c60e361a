using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web.Accounts;

/// <summary>A role a user holds, at a facility (none for a district administrator).</summary>
public sealed record HeldRole(string Role, string? FacilityId, string? FacilityName);

/// <summary>How a sign-in went. Failed and locked-out answers do not say whether the user exists.</summary>
public sealed record SignInResult(SignInOutcome Outcome, string? UserId = null, string? Name = null, IReadOnlyList<HeldRole>? Roles = null, DateTimeOffset? LockedUntil = null);

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>
/// Passwords (ASP.NET Core's PasswordHasher: PBKDF2 with a salt per password) and the lockout after repeated failures.
/// A password is checked in constant work whether or not the user exists, so timing tells nothing either.
/// </summary>
public sealed class AccountService(IOptions<WebSettings> settings, IClock clock)
{
    private static readonly PasswordHasher<User> Hasher = new();

    // A hash to check against when the user does not exist, so that case costs the same as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(new User(), "no such user");

    public const int MinimumPasswordLength = 10;

    public async Task<SignInResult> SignInAsync(RequisitionDatabase database, string? userId, string? password, CancellationToken cancellationToken = default)
    {
        userId = userId?.Trim() ?? "";
        password ??= "";
        await using var db = database.CreateDbContext();
        var user = userId.Length == 0 ? null : await db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        var now = clock.Now;
        if (user is null || !user.Active || user.PasswordHash is null)
        {
            Hasher.VerifyHashedPassword(new User(), DummyHash, password);
            return new SignInResult(SignInOutcome.Failed);
        }
        if (user.LockedUntil is { } locked && locked > now)
            return new SignInResult(SignInOutcome.LockedOut, LockedUntil: locked);

        var verified = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verified == PasswordVerificationResult.Failed)
        {
            // Counted in the database in one statement, so wrong passwords sent in parallel cannot all read the same count.
            var id = user.Id;
            await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.FailedSignIns, x => x.FailedSignIns + 1), cancellationToken);
            var lockUntil = now.AddMinutes(settings.Value.LockoutMinutes);
            var max = settings.Value.MaxFailedSignIns;
            var lockedNow = await db.Users.Where(u => u.Id == id && u.FailedSignIns >= max)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockedUntil, lockUntil).SetProperty(x => x.FailedSignIns, 0), cancellationToken);
            return lockedNow > 0
                ? new SignInResult(SignInOutcome.LockedOut, LockedUntil: lockUntil)
                : new SignInResult(SignInOutcome.Failed);
        }
        if (verified == PasswordVerificationResult.SuccessRehashNeeded) user.PasswordHash = Hasher.HashPassword(user, password);
        user.FailedSignIns = 0;
        user.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        return new SignInResult(SignInOutcome.Succeeded, user.Id, user.Name, await RolesAsync(db, user.Id, cancellationToken));
    }

    /// <summary>The actor is an active user who still holds its role at its facility (checked on every request of a sign-in cookie).</summary>
    public async Task<bool> HoldsAsync(RequisitionDatabase database, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateDbContext();
        Requisition.Rules.Facts.FacilityId? facility = actor.FacilityId is null ? null : new Requisition.Rules.Facts.FacilityId(actor.FacilityId);
        return await db.UserRoles.AsNoTracking().AnyAsync(r => r.UserId == actor.UserId && r.Role == actor.Role && r.FacilityId == facility, cancellationToken)
            && await db.Users.AsNoTracking().AnyAsync(u => u.Id == actor.UserId && u.Active, cancellationToken);
    }

    /// <summary>The roles <paramref name="userId"/> holds, administrators' first, then by facility.</summary>
    public async Task<IReadOnlyList<HeldRole>> RolesAsync(RequisitionDatabase database, string userId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateDbContext();
        return await RolesAsync(db, userId, cancellationToken);
    }

    /// <summary>Sets the passwords of many users in one transaction (the demo's, or an administrator's reset).</summary>
    public async Task SetPasswordsAsync(RequisitionDatabase database, IReadOnlyDictionary<string, string> passwords, CancellationToken cancellationToken = default)
    {
        foreach (var (user, password) in passwords)
        {
            if (password.Length < MinimumPasswordLength)
                throw new ArgumentException($"the password of {user} is shorter than {MinimumPasswordLength} characters", nameof(passwords));
        }
        await using var db = database.CreateDbContext();
        var ids = passwords.Keys.ToList();
        var users = await db.Users.Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
        var missing = ids.Except(users.Select(u => u.Id), StringComparer.Ordinal).ToList();
        if (missing.Count > 0) throw new ArgumentException($"no such user: {string.Join(", ", missing)}", nameof(passwords));
        foreach (var user in users)
        {
            user.PasswordHash = Hasher.HashPassword(user, passwords[user.Id]);
            user.FailedSignIns = 0;
            user.LockedUntil = null;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<HeldRole>> RolesAsync(RequisitionDbContext db, string userId, CancellationToken cancellationToken)
    {
        var roles = await db.UserRoles.AsNoTracking().Where(r => r.UserId == userId)
            .GroupJoin(db.Facilities.AsNoTracking(), r => r.FacilityId, f => f.Id, (r, f) => new { r, f })
            .SelectMany(x => x.f.DefaultIfEmpty(), (x, f) => new { x.r.Role, x.r.FacilityId, Name = f == null ? null : f.Name })
            .ToListAsync(cancellationToken);
        return roles
            .Select(r => new HeldRole(r.Role, r.FacilityId?.Value, r.Name))
            .OrderBy(r => r.FacilityId is null ? 0 : 1).ThenBy(r => r.FacilityId, StringComparer.Ordinal).ThenBy(r => r.Role, StringComparer.Ordinal)
            .ToList();
    }
}
