using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Cycle;

/// <summary>
/// The district's facilities and the people who work in them: an administrator lists them, adds a user with a role at a
/// facility, deactivates and reactivates users. Passwords are set by the web host (it owns the hashing); this service
/// only says whether the user exists and may be changed. Administrator only; one transaction per action.
/// </summary>
public sealed class FacilityAdmin
{
    private readonly CycleHost _host;

    internal FacilityAdmin(CycleHost host) => _host = host;

    /// <summary>Every facility, as a tree: each IFK, then its puskesmas, each followed by its sub-units.</summary>
    public Task<IReadOnlyList<FacilityView>> FacilitiesAsync(Actor actor, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
            var all = await unit.Db.Facilities.AsNoTracking().ToListAsync(cancellationToken);
            var children = all.Where(f => f.ParentId is not null).ToLookup(f => f.ParentId!.Value);
            var tree = new List<FacilityView>();
            void Walk(Facility facility, int depth)
            {
                tree.Add(new FacilityView(facility.Id.Value, facility.Name, facility.Kind.ToString().ToLowerInvariant(), facility.ParentId?.Value, facility.Active, depth));
                foreach (var child in children[facility.Id].OrderBy(c => c.Id.Value, StringComparer.Ordinal)) Walk(child, depth + 1);
            }
            var known = all.Select(f => f.Id).ToHashSet();
            foreach (var root in all.Where(f => f.ParentId is not { } p || !known.Contains(p)).OrderBy(f => f.Id.Value, StringComparer.Ordinal)) Walk(root, 0);
            return (IReadOnlyList<FacilityView>)tree;
        }, cancellationToken);

    /// <summary>Every user with their roles, by id.</summary>
    public Task<IReadOnlyList<UserView>> UsersAsync(Actor actor, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
            var users = await unit.Db.Users.AsNoTracking().Include(u => u.Roles).ToListAsync(cancellationToken);
            return (IReadOnlyList<UserView>)users.OrderBy(u => u.Id, StringComparer.Ordinal).Select(View).ToList();
        }, cancellationToken);

    /// <summary>One user, for an administrator about to change them (a password reset); not found if there is no such user.</summary>
    public Task<UserView> UserAsync(Actor actor, string userId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
            var user = await unit.Db.Users.AsNoTracking().Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
                ?? throw new NotFoundException($"no user {userId}");
            return View(user);
        }, cancellationToken);

    /// <summary>
    /// Adds a user with one role. The facility must exist, be active and be of the kind the role works at (an IFK for
    /// an IFK officer, a puskesmas for its pharmacist, head and staff, a sub-unit for its staff); an administrator has none.
    /// The user has no password until one is set.
    /// </summary>
    public Task<UserView> AddUserAsync(Actor actor, AddUserInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new AddUserValidator(), input);
        return _host.RunAsync(actor, "admin.add-user", null, async unit =>
        {
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
            var userId = input.UserId.Trim();
            var errors = new List<CommandError>();
            if (await unit.Db.Users.AnyAsync(u => u.Id == userId, cancellationToken)) errors.Add(new("userId", $"a user {userId} already exists"));
            FacilityId? facilityId = null;
            if (input.Role != CycleRoles.Administrator)
            {
                facilityId = new FacilityId(input.FacilityId!.Trim());
                var facility = await unit.Db.Facilities.AsNoTracking().SingleOrDefaultAsync(f => f.Id == facilityId, cancellationToken);
                if (facility is null) errors.Add(new("facilityId", $"no facility {facilityId}"));
                else if (!facility.Active) errors.Add(new("facilityId", $"{facilityId} is closed"));
                else if (KindFor(input.Role) is { } kind && facility.Kind != kind)
                    errors.Add(new("facilityId", $"the role {input.Role} works at a {kind.ToString().ToLowerInvariant()}, and {facilityId} is a {facility.Kind.ToString().ToLowerInvariant()}"));
            }
            if (errors.Count > 0) throw new CommandRejectedException(errors);
            var user = new User { Id = userId, Name = input.Name.Trim(), Active = true, CreatedAt = unit.Now };
            user.Roles.Add(new UserRole { UserId = userId, Role = input.Role, FacilityId = facilityId });
            unit.Db.Users.Add(user);
            return View(user);
        }, cancellationToken);
    }

    /// <summary>Deactivates or reactivates a user. An administrator cannot deactivate themself (someone must stay to undo it).</summary>
    public Task<UserView> SetActiveAsync(Actor actor, string userId, SetUserActiveInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return _host.RunAsync(actor, "admin.set-user-active", null, async unit =>
        {
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
            var user = await unit.Db.Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
                ?? throw new NotFoundException($"no user {userId}");
            if (!input.Active && user.Id == actor.UserId) throw new CommandRejectedException("active", "you cannot deactivate yourself");
            user.Active = input.Active;
            if (input.Active) user.LockedUntil = null;
            return View(user);
        }, cancellationToken);
    }

    /// <summary>The kind of facility a role works at; null for an administrator.</summary>
    public static FacilityKind? KindFor(string role) => role switch
    {
        CycleRoles.IfkOfficer => FacilityKind.Ifk,
        CycleRoles.Pharmacist or CycleRoles.Head or CycleRoles.Staff => FacilityKind.Puskesmas,
        CycleRoles.SubUnit => FacilityKind.SubUnit,
        _ => null,
    };

    private static UserView View(User u) => new(u.Id, u.Name, u.Active, u.PasswordHash is not null, u.LockedUntil, u.CreatedAt,
        u.Roles.OrderBy(r => r.FacilityId?.Value ?? "", StringComparer.Ordinal).ThenBy(r => r.Role, StringComparer.Ordinal)
            .Select(r => new UserRoleView(r.Role, r.FacilityId?.Value)).ToList());
}

internal sealed class AddUserValidator : AbstractValidator<AddUserInput>
{
    public AddUserValidator()
    {
        RuleFor(x => x.UserId).Must(id => id is not null && System.Text.RegularExpressions.Regex.IsMatch(id.Trim(), "^[a-z0-9][a-z0-9._-]{2,49}$"))
            .WithMessage("3 to 50 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= 100).WithMessage("must be 1 to 100 characters");
        RuleFor(x => x.Role).Must(r => CycleRoles.All.Contains(r)).WithMessage($"must be one of {string.Join(", ", CycleRoles.All)}");
        RuleFor(x => x.FacilityId).Must(f => !string.IsNullOrWhiteSpace(f)).When(x => x.Role != CycleRoles.Administrator)
            .WithMessage("name the facility the role is held at");
        RuleFor(x => x.FacilityId).Must(string.IsNullOrWhiteSpace).When(x => x.Role == CycleRoles.Administrator)
            .WithMessage("an administrator works for the whole district, at no facility");
    }
}
