using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Cycle;

/// <summary>Who may act, checked in the application layer (not only in the UI), and input checks that name the field.</summary>
internal static class Access
{
    /// <summary>The actor is a known, active user holding the role they act in at the facility they act for.</summary>
    public static async Task RequireKnownAsync(CycleUnit unit)
    {
        var actor = unit.Actor;
        Rules.Facts.FacilityId? facility = actor.FacilityId is null ? null : new Rules.Facts.FacilityId(actor.FacilityId);
        var holds = await unit.Db.UserRoles.AsNoTracking()
            .AnyAsync(r => r.UserId == actor.UserId && r.Role == actor.Role && r.FacilityId == facility);
        var active = holds && await unit.Db.Users.AsNoTracking().AnyAsync(u => u.Id == actor.UserId && u.Active);
        if (!active)
            throw new AccessDeniedException($"{actor.UserId} does not hold the role {actor.Role} at {actor.FacilityId ?? "(no facility)"}, or is not active");
    }

    /// <summary>The actor acts in one of <paramref name="roles"/>, for whatever facility (an administrator's own work).</summary>
    public static async Task RequireRoleAsync(CycleUnit unit, params string[] roles)
    {
        await RequireKnownAsync(unit);
        if (!roles.Contains(unit.Actor.Role, StringComparer.Ordinal))
            throw new AccessDeniedException($"this needs the role {string.Join(" or ", roles)}; {unit.Actor.UserId} acts as {unit.Actor.Role}");
    }

    /// <summary>The actor acts in one of <paramref name="roles"/> for <paramref name="facility"/>.</summary>
    public static async Task RequireAsync(CycleUnit unit, string facility, params string[] roles)
    {
        await RequireKnownAsync(unit);
        var actor = unit.Actor;
        if (!roles.Contains(actor.Role, StringComparer.Ordinal))
            throw new AccessDeniedException($"this needs the role {string.Join(" or ", roles)}; {actor.UserId} acts as {actor.Role}");
        if (!string.Equals(actor.FacilityId, facility, StringComparison.Ordinal))
            throw new AccessDeniedException($"{actor.UserId} acts for {actor.FacilityId ?? "no facility"}, not for {facility}");
    }

    /// <summary>The open task named <paramref name="task"/> of the instance, after checking the actor may act on it.</summary>
    public static async Task<Bookmark> TaskAsync(CycleUnit unit, Guid instanceId, string task, string what)
    {
        var open = (await unit.Store.BookmarksAsync(instanceId)).Where(b => b.Kind == BookmarkKind.HumanTask).ToList();
        var bookmark = open.FirstOrDefault(b => b.Name == task)
            ?? throw new CommandRejectedException("", $"{what} is not waiting for {task}" +
                (open.Count == 0 ? "" : $"; it waits for {string.Join(", ", open.Select(b => b.Name))}"));
        await RequireAsync(unit, bookmark.FacilityId ?? unit.Actor.FacilityId ?? "", bookmark.Role ?? "");
        return bookmark;
    }

    /// <summary>Validates an input; every failure becomes an error at its field path (lines[3].given).</summary>
    public static void Validate<T>(IValidator<T> validator, T input)
    {
        if (input is null) throw new CommandRejectedException("", "the input is missing");
        var result = validator.Validate(input);
        if (result.IsValid) return;
        throw new CommandRejectedException(result.Errors.Select(e => new CommandError(FieldPath(e.PropertyName), e.ErrorMessage)).ToList());
    }

    /// <summary>"Lines[3].Given" as "lines[3].given".</summary>
    public static string FieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    public static Actor Actor(CycleUnit unit) => unit.Actor;
}
