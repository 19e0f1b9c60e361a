using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.Formulary;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Facts;

/// <summary>
/// The FORNAS matcher and DOEN list of the active reference list editions in the database (the newest of a kind when
/// none of it is marked active), built once per list edition, and each drug's match (a drug's match depends on the
/// drug and the lists only). A newly activated edition is picked up by the next command, since the cache is keyed by
/// the lists' ids.
/// </summary>
internal sealed class ReferenceCache
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<(long Fornas, long? Doen, string Drug, string? FornasId), ReferenceStatus> _statuses = new();
    private Lists? _lists;

    /// <summary>The reference status of each item, or none when no FORNAS list has been imported.</summary>
    public async Task<IReadOnlyList<ReferenceStatus>> StatusesAsync(RequisitionDbContext db, IReadOnlyList<CatalogItem> items, CancellationToken cancellationToken)
    {
        var lists = await ListsAsync(db, cancellationToken);
        if (lists is null || items.Count == 0) return [];
        var result = new List<ReferenceStatus>(items.Count);
        foreach (var item in items)
        {
            var status = _statuses.GetOrAdd((lists.FornasId, lists.DoenId, item.DrugCode.Value, item.FornasId),
                _ => ReferenceStatuses.For(item, lists.Matcher.Match(ReferenceStatuses.Describe(item)), lists.Doen));
            result.Add(status.Key == item.Key ? status : status with { Key = item.Key });
        }
        return result;
    }

    private async Task<Lists?> ListsAsync(RequisitionDbContext db, CancellationToken cancellationToken)
    {
        var fornasId = await ActiveListIdAsync(db, ReferenceListKind.Fornas, cancellationToken);
        if (fornasId is null) return null;
        var doenId = await ActiveListIdAsync(db, ReferenceListKind.Doen, cancellationToken);
        var current = _lists;
        if (current is not null && current.FornasId == fornasId && current.DoenId == doenId) return current;

        var fornas = await db.FornasItems.AsNoTracking().Where(i => i.ListId == fornasId).OrderBy(i => i.Row)
            .Select(i => new FornasEntry(i.FornasId, i.Name, i.InternationalName, i.Form, i.Strength, i.Unit, i.Fktp,
                i.Essential, i.Program, i.TherapeuticClass, i.Composition) { Row = i.Row })
            .ToListAsync(cancellationToken);
        DoenList? doen = null;
        if (doenId is not null)
        {
            var entries = await db.DoenItems.AsNoTracking().Where(i => i.ListId == doenId).OrderBy(i => i.Row)
                .Select(i => new DoenEntry(i.Name, i.Form, i.Strength, i.Unit)).ToListAsync(cancellationToken);
            doen = new DoenList(entries);
        }
        var built = new Lists(fornasId.Value, doenId, new FornasMatcher(fornas), doen);
        lock (_gate) _lists = built;
        return built;
    }

    /// <summary>The edition of <paramref name="kind"/> in force: the active one, or the newest stored when none is active; null when none is stored.</summary>
    public static async Task<long?> ActiveListIdAsync(RequisitionDbContext db, ReferenceListKind kind, CancellationToken cancellationToken) =>
        await db.ReferenceLists.AsNoTracking().Where(l => l.Kind == kind).OrderByDescending(l => l.Active).ThenByDescending(l => l.Id)
            .Select(l => (long?)l.Id).FirstOrDefaultAsync(cancellationToken);

    private sealed record Lists(long FornasId, long? DoenId, FornasMatcher Matcher, DoenList? Doen);
}
