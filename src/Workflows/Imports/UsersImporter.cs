using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Imports;

/// <summary>
/// People and their roles from <c>users.csv</c>, checked as an administrator adding a user is (<see cref="AddUserValidator"/>,
/// <see cref="FacilityAdmin.KindFor"/>): a new user is added with a generated password (hashed with the host's hasher, the
/// plain one returned once); a known user's name and active flag are updated and missing roles added. Roles are never
/// removed by import, and nobody deactivates themself.
/// </summary>
internal sealed class UsersImporter : IImporter
{
    public async Task CheckAsync(ImportPlan plan)
    {
        var table = plan.ReadCsv(UsersCsv.Aliases, out var headers);
        if (table is null) return;
        var found = new DataFileErrorList();
        var rows = UsersCsv.Read(table, found);
        if (rows.Count == 0)
        {
            plan.Errors.AddRange(headers!.AsWritten(found.Items));
            return;
        }

        var db = plan.Unit.Db;
        var users = (await db.Users.Include(u => u.Roles).ToListAsync(plan.CancellationToken)).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var facilities = await db.Facilities.AsNoTracking().ToDictionaryAsync(f => f.Id, plan.CancellationToken);
        var validator = new AddUserValidator();
        var firstRow = new Dictionary<string, UserRow>(StringComparer.Ordinal);
        var writes = new List<Action>();
        var newUsers = new Dictionary<string, User>(StringComparer.Ordinal);
        plan.Progress.Start(ImportProgress.Checking, rows.Count);
        var index = 0;
        foreach (var row in rows)
        {
            plan.Progress.Report(++index);
            var before = found.Count;
            foreach (var failure in validator.Validate(new AddUserInput(row.UserId, row.Name, row.Role, row.Facility)).Errors)
                row.Row.Fail(UsersCsv.ColumnOf(failure.PropertyName), failure.ErrorMessage);
            FacilityId? facilityId = null;
            if (found.Count == before && row.Role != CycleRoles.Administrator)
            {
                facilityId = new FacilityId(row.Facility!);
                if (!facilities.TryGetValue(facilityId.Value, out var facility)) row.Row.Fail(Columns.Facility, $"no facility {facilityId}");
                else if (!facility.Active) row.Row.Fail(Columns.Facility, $"{facilityId} is closed");
                else if (FacilityAdmin.KindFor(row.Role) is { } kind && facility.Kind != kind)
                    row.Row.Fail(Columns.Facility, $"the role {row.Role} works at a {kind.ToString().ToLowerInvariant()}, and {facilityId} is a {facility.Kind.ToString().ToLowerInvariant()}");
            }
            if (firstRow.TryGetValue(row.UserId, out var first))
            {
                if (!string.Equals(first.Name, row.Name, StringComparison.Ordinal))
                    row.Row.Fail(Columns.Name, $"'{row.Name}' differs from '{first.Name}' on line {first.Line}: every row of {row.UserId} must give the same name");
                if (first.Active != row.Active)
                    row.Row.Fail(UsersCsv.Active, $"differs from line {first.Line}: every row of {row.UserId} must give the same value");
            }
            else
            {
                firstRow[row.UserId] = row;
            }
            if (row.Active == false && row.UserId == plan.Unit.Actor.UserId)
                row.Row.Fail(UsersCsv.Active, "you cannot deactivate yourself");
            if (found.Count > before) continue;

            var role = new UserRole { UserId = row.UserId, Role = row.Role, FacilityId = facilityId };
            var key = $"{row.UserId} {row.Role}{(facilityId is { } f ? " at " + f : "")}";
            if (!users.TryGetValue(row.UserId, out var user))
            {
                if (!newUsers.TryGetValue(row.UserId, out var created))
                {
                    created = new User { Id = row.UserId, Name = row.Name, Active = row.Active ?? true, CreatedAt = plan.Unit.Now };
                    newUsers[row.UserId] = created;
                    var added = created;
                    writes.Add(() => AddWithPassword(plan, added));
                }
                created.Roles.Add(role);
                plan.Add(key, $"new user {row.Name}");
                continue;
            }
            var differences = new List<string>();
            if (first is null)
            {
                if (!string.Equals(user.Name, row.Name, StringComparison.Ordinal)) differences.Add($"name '{user.Name}' -> '{row.Name}'");
                if (row.Active is { } active && active != user.Active) differences.Add(active ? "reactivated" : "deactivated");
                if (differences.Count > 0)
                {
                    var target = user;
                    writes.Add(() =>
                    {
                        target.Name = row.Name;
                        target.Active = row.Active ?? target.Active;
                        if (target.Active) target.LockedUntil = null;
                    });
                }
            }
            var holds = user.Roles.Any(r => r.Role == row.Role && r.FacilityId == facilityId);
            if (!holds)
            {
                plan.Add(key, string.Join("; ", differences.Prepend("role added")));
                writes.Add(() => plan.Unit.Db.UserRoles.Add(role));
            }
            else if (differences.Count > 0) plan.Change(key, string.Join("; ", differences));
            else plan.Same();
        }
        plan.Errors.AddRange(headers!.AsWritten(found.Items));
        if (newUsers.Count > 0 && plan.Options.PasswordHash is null)
            plan.FileError($"{newUsers.Count} new user(s) need a password, and this import was started without a way to set one (no password hasher)");
        plan.Write = () =>
        {
            foreach (var write in writes) write();
            return Task.CompletedTask;
        };
    }

    private static void AddWithPassword(ImportPlan plan, User user)
    {
        var password = Passwords.New();
        user.PasswordHash = plan.Options.PasswordHash!(password);
        plan.Passwords.Add(new IssuedPassword(user.Id, password));
        plan.Unit.Db.Users.Add(user);
    }
}
