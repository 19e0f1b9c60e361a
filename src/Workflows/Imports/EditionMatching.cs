using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.Formulary;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Imports;

/// <summary>
/// What a FORNAS or DOEN edition would change in the matching of the district catalog if it were the active one:
/// each item's status under the editions in force (as the rules see it, <see cref="ReferenceCache"/>) against its
/// status with the candidate edition in place of the active one of its kind. Used by the activation preview and by
/// the preview of an edition import.
/// </summary>
internal static class EditionMatching
{
    public const string GainsFktp = "gains FORNAS-for-FKTP";
    public const string LosesFktp = "loses FORNAS-for-FKTP";
    public const string GainsDoen = "gains DOEN";
    public const string LosesDoen = "loses DOEN";
    public const string OtherRow = "matches another FORNAS row";

    /// <summary>The items whose status changes, by code; <paramref name="fornas"/> or <paramref name="doen"/> is the candidate's rows (by its kind).</summary>
    public static async Task<(int CatalogItems, IReadOnlyList<EditionItemChange> Changes)> CompareAsync(
        CycleUnit unit, ReferenceListKind kind, IReadOnlyList<FornasEntry>? fornas, IReadOnlyList<DoenEntry>? doen, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var codes = await db.Drugs.AsNoTracking().Select(d => d.Code).ToListAsync(cancellationToken);
        // Prices play no part in matching: the catalog is read for no facility's formulary.
        var items = await CycleFacts.CatalogAsync(unit, new FacilityId("(district catalog)"), codes);
        var before = (await unit.Host.References.StatusesAsync(db, items, cancellationToken)).ToDictionary(s => s.Key.DrugCode);

        FornasMatcher? matcher = null;
        DoenList? doenAfter;
        if (kind == ReferenceListKind.Fornas)
        {
            matcher = new FornasMatcher(fornas ?? []);
            doenAfter = await ActiveDoenAsync(db, cancellationToken);
        }
        else
        {
            doenAfter = new DoenList(doen ?? []);
        }

        var changes = new List<EditionItemChange>();
        foreach (var item in items)
        {
            var old = before.TryGetValue(item.DrugCode, out var status) ? Standing.Of(status) : Standing.None;
            var description = ReferenceStatuses.Describe(item);
            var now = matcher is not null
                ? Standing.Of(ReferenceStatuses.For(item, matcher.Match(description), doenAfter))
                : old with { Doen = doenAfter!.Contains(description) };
            var what = Differences(old, now);
            if (what.Count > 0) changes.Add(new EditionItemChange(item.DrugCode.Value, item.Name, old.Describe(), now.Describe(), what));
        }
        return (items.Count, changes);
    }

    /// <summary>Summary lines for an import preview: the counts, then up to <paramref name="listed"/> items.</summary>
    public static IEnumerable<string> Notes(string edition, string? replaces, int catalogItems, IReadOnlyList<EditionItemChange> changes, int listed = 50)
    {
        var against = replaces is null ? "with no edition of this kind in force" : $"in place of edition {replaces}";
        if (changes.Count == 0)
        {
            yield return $"Activating edition {edition} ({against}) changes nothing in the matching of the {catalogItems} catalog items.";
            yield break;
        }
        int Count(string what) => changes.Count(c => c.Changes.Contains(what));
        yield return $"Activating edition {edition} ({against}) changes {changes.Count} of the {catalogItems} catalog items: " +
            $"{Count(GainsFktp)} gain and {Count(LosesFktp)} lose FORNAS-for-FKTP, {Count(GainsDoen)} gain and {Count(LosesDoen)} lose DOEN, " +
            $"{Count(OtherRow)} match another FORNAS row.";
        foreach (var change in changes.Take(listed))
            yield return $"{change.DrugCode} {change.Name}: {string.Join(", ", change.Changes)} ({change.Before} -> {change.After})";
        if (changes.Count > listed) yield return $"... and {changes.Count - listed} more items.";
    }

    private static List<string> Differences(Standing old, Standing now)
    {
        var what = new List<string>();
        if (old.Fktp != now.Fktp) what.Add(now.Fktp ? GainsFktp : LosesFktp);
        if (old.Doen != now.Doen) what.Add(now.Doen ? GainsDoen : LosesDoen);
        if (old.Row is not null && now.Row is not null && old.Row != now.Row) what.Add(OtherRow);
        else if ((old.Row is null) != (now.Row is null) && old.Fktp == now.Fktp) what.Add(now.Row is null ? "no longer matches FORNAS" : "now matches FORNAS");
        return what;
    }

    private static async Task<DoenList?> ActiveDoenAsync(RequisitionDbContext db, CancellationToken cancellationToken)
    {
        var id = await ReferenceCache.ActiveListIdAsync(db, ReferenceListKind.Doen, cancellationToken);
        if (id is null) return null;
        var entries = await db.DoenItems.AsNoTracking().Where(i => i.ListId == id).OrderBy(i => i.Row)
            .Select(i => new DoenEntry(i.Name, i.Form, i.Strength, i.Unit)).ToListAsync(cancellationToken);
        return new DoenList(entries);
    }

    /// <summary>An item's standing against the lists: the FORNAS row it matches (by content, rows differ between editions), FKTP, DOEN.</summary>
    private sealed record Standing(string? Row, bool Fktp, bool Doen)
    {
        public static readonly Standing None = new(null, false, false);

        public static Standing Of(ReferenceStatus status) => new(
            status.Fornas is { } f ? $"FORNAS {f.Id} {f.Name} {f.Form} {f.Strength}{(f.Unit.Length > 0 ? " " + f.Unit : "")}".TrimEnd() : null,
            status.Fornas?.Fktp ?? false,
            status.OnDoen);

        public string Describe() =>
            $"{Row ?? "not on FORNAS"}, {(Fktp ? "FKTP" : "not FKTP")}, {(Doen ? "DOEN" : "not DOEN")}";
    }
}
