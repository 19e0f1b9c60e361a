using Microsoft.EntityFrameworkCore;
using Requisition.Host.Cli.Verbs;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Cli.Cycle;

/// <summary>
/// One <c>cycle</c> run: the host on the database and the person acting. The actor's role and facility are those the
/// user holds in the database (user_roles); <c>--role</c> and <c>--at</c> pick one when the user holds several. Whether
/// the actor may do what the verb asks is decided by the application commands, not here.
/// </summary>
public sealed class CycleSession
{
    private CycleSession(CycleHost host, Actor actor)
    {
        Host = host;
        Actor = actor;
    }

    public CycleHost Host { get; }

    public Actor Actor { get; }

    public static async Task<CycleSession> OpenAsync(DatabaseTarget target, string user, string? role, string? facility)
    {
        if (string.IsNullOrWhiteSpace(user)) throw new UsageException("--as: name the user to act as.");
        var database = await target.OpenAsync();
        List<(string Role, string? Facility)> held;
        await using (var db = database.CreateDbContext())
        {
            held = (await db.UserRoles.AsNoTracking().Where(r => r.UserId == user).ToListAsync())
                .Select(r => (Role: r.Role, Facility: r.FacilityId?.Value))
                .OrderBy(r => r.Role, StringComparer.Ordinal).ThenBy(r => r.Facility, StringComparer.Ordinal).ToList();
        }
        if (held.Count == 0) throw new UsageException($"--as: there is no user '{user}' in {target.Description}.");
        var chosen = held.Where(r => (role is null || r.Role == role) && (facility is null || r.Facility == facility)).ToList();
        var holds = string.Join(", ", held.Select(Describe));
        if (chosen.Count == 0)
        {
            var option = role is not null ? "--role" : "--at";
            throw new UsageException($"{option}: {user} does not hold {Describe((role ?? "a role", facility))}; they hold {holds}.");
        }
        if (chosen.Count > 1)
            throw new UsageException($"--as: {user} holds {holds}; pick one with --role ROLE (and --at FACILITY).");
        return new CycleSession(CycleHosting.Load(database), new Actor(user, chosen[0].Role, chosen[0].Facility));
    }

    /// <summary>A time as the district reads it (WIB unless configured).</summary>
    public string Local(DateTimeOffset? instant) =>
        instant is { } at ? at.ToOffset(Host.UtcOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "-";

    private static string Describe((string Role, string? Facility) role) => role.Facility is null ? role.Role : $"{role.Role} at {role.Facility}";
}
