using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle.Activities;
using Requisition.Workflows.Cycle.Stock;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Cycle;

public sealed record TaskView(
    Guid TaskId, string Name, string Role, string? FacilityId, Guid InstanceId, string DefinitionId, string CorrelationId,
    DateTimeOffset? DueAt, DateTimeOffset CreatedAt, IReadOnlyList<string> Outcomes, long? LplpoId,
    string? DocumentKind = null, long? DocumentId = null);

public sealed record InstanceView(
    Guid Id, string DefinitionId, int Version, string CorrelationId, string? FacilityId, string Status, Guid? ParentId,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record JournalView(
    DateTimeOffset At, string ActivityId, string Kind, string UserId, string Role, string Outcome, string InputJson, string FlagsJson, string? ThresholdVersion);

public sealed record GivenView(string Source, long Quantity);

public sealed record LplpoLineView(
    string DrugCode, string Name, long Opening, long Received, long Used, long Lost, long Closing, int StockoutDays, long? Optimum,
    long Requested, long? Given, IReadOnlyList<GivenView> Sources, string? ReasonCategory, string? Note);

public sealed record IssueLineView(long Id, string DrugCode, string Batch, DateOnly Expiry, string Source, long Quantity, long? Accepted, long? Rejected, string? Reason);

public sealed record LplpoView(
    long Id, string FacilityId, string SupplierId, string Period, string Kind, string Status, string? Justification, string? ReturnReason,
    string? SubmittedBy, DateTimeOffset? SubmittedAt, string? ReviewedBy, DateTimeOffset? ReviewedAt, Guid? InstanceId,
    IReadOnlyList<LplpoLineView> Lines, IReadOnlyList<FlagView> Flags, string? IssueNote, IReadOnlyList<IssueLineView> Shipped, int Revision = 0);

public sealed record LplpoSummary(long Id, string FacilityId, string SupplierId, string Period, string Kind, string Status, int Lines, int OpenFlags);

public sealed record StockView(string DrugCode, string Batch, DateOnly Expiry, string Source, long Quantity);

/// <summary>What people see: their tasks, the LPLPOs they may read, instances and journals, stock cards. Never writes.</summary>
public sealed class CycleQueries
{
    private readonly CycleHost _host;

    internal CycleQueries(CycleHost host) => _host = host;

    /// <summary>The tasks the actor may act on now, oldest first.</summary>
    public Task<IReadOnlyList<TaskView>> TasksAsync(Actor actor, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            var tasks = await unit.Store.TasksAsync(actor.Role, actor.FacilityId is null ? null : [actor.FacilityId], cancellationToken);
            var ids = tasks.Select(t => t.InstanceId).Distinct().ToList();
            var instances = await unit.Db.WorkflowInstances.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
            var lplpos = await unit.Db.Lplpos.AsNoTracking().Where(r => r.WorkflowInstanceId != null && ids.Contains(r.WorkflowInstanceId.Value))
                .ToDictionaryAsync(r => r.WorkflowInstanceId!.Value, r => r.Id, cancellationToken);
            var formularies = await unit.Db.Formularies.AsNoTracking().Where(f => f.WorkflowInstanceId != null && ids.Contains(f.WorkflowInstanceId.Value))
                .ToDictionaryAsync(f => f.WorkflowInstanceId!.Value, f => f.Id, cancellationToken);
            var rkos = await unit.Db.Rkos.AsNoTracking().Where(r => r.WorkflowInstanceId != null && ids.Contains(r.WorkflowInstanceId.Value))
                .ToDictionaryAsync(r => r.WorkflowInstanceId!.Value, r => r.Id, cancellationToken);
            (string?, long?) Document(Guid instance) =>
                lplpos.TryGetValue(instance, out var l) ? ("lplpo", l)
                : formularies.TryGetValue(instance, out var f) ? ("formulary", f)
                : rkos.TryGetValue(instance, out var r) ? ("rko", r)
                : (null, null);
            return (IReadOnlyList<TaskView>)tasks.Select(t =>
            {
                var (kind, document) = Document(t.InstanceId);
                return new TaskView(t.Id, t.Name, t.Role ?? "", t.FacilityId, t.InstanceId,
                    instances[t.InstanceId].DefinitionId, instances[t.InstanceId].CorrelationId, t.DueAt, t.CreatedAt,
                    System.Text.Json.JsonSerializer.Deserialize<List<string>>(t.OutcomesJson) ?? [],
                    kind == "lplpo" ? document : null, kind, document);
            }).ToList();
        }, cancellationToken);

    /// <summary>Instances of a facility (the actor's own, or those it supplies), newest first; all of them for an administrator.</summary>
    public Task<IReadOnlyList<InstanceView>> InstancesAsync(Actor actor, bool openOnly = false, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            var visible = await VisibleFacilitiesAsync(unit);
            var query = unit.Db.WorkflowInstances.AsNoTracking();
            if (openOnly) query = query.Where(i => i.Status != WorkflowStatus.Completed && i.Status != WorkflowStatus.Cancelled);
            var all = await query.OrderByDescending(i => i.CreatedAt).ToListAsync(cancellationToken);
            return (IReadOnlyList<InstanceView>)all.Where(i => visible is null || (i.FacilityId is not null && visible.Contains(i.FacilityId)))
                .Select(i => new InstanceView(i.Id, i.DefinitionId, i.DefinitionVersion, i.CorrelationId, i.FacilityId, i.Status.ToString().ToLowerInvariant(),
                    i.ParentId, i.CreatedAt, i.UpdatedAt)).ToList();
        }, cancellationToken);

    public Task<IReadOnlyList<JournalView>> JournalAsync(Actor actor, Guid instanceId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            var instance = await unit.Store.FindInstanceAsync(instanceId, cancellationToken) ?? throw new NotFoundException($"no instance {instanceId}");
            var visible = await VisibleFacilitiesAsync(unit);
            if (visible is not null && (instance.FacilityId is null || !visible.Contains(instance.FacilityId))) throw new NotFoundException($"no instance {instanceId}");
            return (IReadOnlyList<JournalView>)(await unit.Store.JournalAsync(instanceId, cancellationToken))
                .Select(e => new JournalView(e.At, e.ActivityId, e.Kind, e.UserId, e.Role, e.Outcome, e.InputJson, e.FlagsJson, e.ThresholdVersion)).ToList();
        }, cancellationToken);

    /// <summary>LPLPOs the actor may read, by period and status when given.</summary>
    public Task<IReadOnlyList<LplpoSummary>> LplposAsync(Actor actor, string? period = null, LplpoStatus? status = null, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            var visible = await VisibleFacilitiesAsync(unit);
            var query = unit.Db.Lplpos.AsNoTracking();
            if (period is not null)
            {
                if (!Period.TryParse(period, out var wanted)) return (IReadOnlyList<LplpoSummary>)[];
                query = query.Where(r => r.Period == wanted);
            }
            if (status is not null) query = query.Where(r => r.Status == status);
            var reports = await query
                .Select(r => new { r.Id, r.FacilityId, r.SupplierId, r.Period, r.Kind, r.Status, r.WorkflowInstanceId, Lines = r.Lines.Count })
                .ToListAsync(cancellationToken);
            var open = await unit.Db.Flags.AsNoTracking().Where(f => f.Status == FlagStatus.Open && f.WorkflowInstanceId != null)
                .GroupBy(f => f.WorkflowInstanceId!.Value).Select(g => new { Instance = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Instance, g => g.Count, cancellationToken);
            return (IReadOnlyList<LplpoSummary>)reports
                .Where(r => MayRead(visible, r.FacilityId, r.SupplierId))
                .OrderBy(r => r.Period).ThenBy(r => r.FacilityId.Value, StringComparer.Ordinal).ThenBy(r => r.Id)
                .Select(r => new LplpoSummary(r.Id, r.FacilityId.Value, r.SupplierId.Value, r.Period.ToString(), r.Kind.ToString().ToLowerInvariant(),
                    r.Status.ToString().ToLowerInvariant(), r.Lines, r.WorkflowInstanceId is { } w ? open.GetValueOrDefault(w) : 0))
                .ToList();
        }, cancellationToken);

    /// <summary>
    /// The flags still on record (open or acknowledged, not resolved) on the given LPLPOs, counted by rule: what their
    /// views list, in one read. LPLPOs the actor may not read are left out.
    /// </summary>
    public Task<IReadOnlyDictionary<string, int>> FlagCountsAsync(Actor actor, IReadOnlyCollection<long> lplpoIds, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            var visible = await VisibleFacilitiesAsync(unit);
            var ids = lplpoIds.Distinct().ToList();
            var instances = (await unit.Db.Lplpos.AsNoTracking().Where(r => ids.Contains(r.Id) && r.WorkflowInstanceId != null)
                    .Select(r => new { r.FacilityId, r.SupplierId, Instance = r.WorkflowInstanceId!.Value }).ToListAsync(cancellationToken))
                .Where(r => MayRead(visible, r.FacilityId, r.SupplierId))
                .Select(r => r.Instance).ToList();
            var counts = await unit.Db.Flags.AsNoTracking()
                .Where(f => f.WorkflowInstanceId != null && instances.Contains(f.WorkflowInstanceId.Value) && f.Status != FlagStatus.Resolved)
                .GroupBy(f => f.Rule).Select(g => new { Rule = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            return (IReadOnlyDictionary<string, int>)counts.OrderBy(c => c.Rule, StringComparer.Ordinal).ToDictionary(c => c.Rule, c => c.Count, StringComparer.Ordinal);
        }, cancellationToken);

    /// <summary>One LPLPO with its lines, what was given per funding source, its flags and its SBBK.</summary>
    public Task<LplpoView> LplpoAsync(Actor actor, long id, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            var report = await Documents.WithLinesAsync(unit.Db, unit.Db.Lplpos.Where(r => r.Id == id), cancellationToken);
            var visible = await VisibleFacilitiesAsync(unit);
            if (report is null || !MayRead(visible, report.FacilityId, report.SupplierId))
                throw new NotFoundException($"no LPLPO {id}");
            var names = await unit.Db.Drugs.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
            var flags = report.WorkflowInstanceId is { } instance
                ? (await unit.Db.Flags.AsNoTracking().Where(f => f.WorkflowInstanceId == instance && f.Status != FlagStatus.Resolved)
                        .Select(FlagView.Stored).ToListAsync(cancellationToken))
                    .OrderBy(f => f.Step, StringComparer.Ordinal).ThenBy(f => f.DrugCode ?? "", StringComparer.Ordinal).ThenBy(f => f.Rule, StringComparer.Ordinal)
                    .ToList()
                : [];
            var note = await unit.Db.IssueNotes.AsNoTracking().Include(n => n.Lines).SingleOrDefaultAsync(n => n.LplpoId == report.Id, cancellationToken);
            var received = note is null ? [] : await unit.Db.ReceiptLines.AsNoTracking()
                .Where(l => unit.Db.Receipts.Any(r => r.Id == l.ReceiptId && r.IssueNoteId == note.Id)).ToDictionaryAsync(l => l.IssueNoteLineId, cancellationToken);
            var reviewed = report.Status is LplpoStatus.Approved or LplpoStatus.Closed;
            return new LplpoView(report.Id, report.FacilityId.Value, report.SupplierId.Value, report.Period.ToString(), report.Kind.ToString().ToLowerInvariant(),
                report.Status.ToString().ToLowerInvariant(), report.Justification, report.ReturnReason, report.SubmittedBy, report.SubmittedAt,
                report.ReviewedBy, report.ReviewedAt, report.WorkflowInstanceId,
                report.Lines.OrderBy(l => l.DrugCode.Value, StringComparer.Ordinal).Select(l => new LplpoLineView(
                    l.DrugCode.Value, names.GetValueOrDefault(l.DrugCode, ""), l.Opening, l.Received, l.Used, l.Lost, l.Closing, l.StockoutDays, l.Optimum,
                    l.Requested, reviewed ? l.Given.Sum(g => g.Quantity) : null,
                    l.Given.OrderBy(g => g.FundSource).Select(g => new GivenView(g.FundSource.ToString(), g.Quantity)).ToList(),
                    l.ReasonCategory?.ToString(), l.Note)).ToList(),
                flags, note?.Number,
                note?.Lines.OrderBy(l => l.Id).Select(l => new IssueLineView(l.Id, l.DrugCode.Value, l.Batch, l.Expiry, l.FundSource.ToString(), l.Quantity,
                    received.GetValueOrDefault(l.Id)?.Accepted, received.GetValueOrDefault(l.Id)?.Rejected, received.GetValueOrDefault(l.Id)?.Reason)).ToList() ?? [],
                report.Revision);
        }, cancellationToken);

    /// <summary>A facility's stock card balances by batch (its own, or one it supplies).</summary>
    public Task<IReadOnlyList<StockView>> StockAsync(Actor actor, string facilityId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            var visible = await VisibleFacilitiesAsync(unit);
            if (visible is not null && !visible.Contains(facilityId)) throw new NotFoundException($"no facility {facilityId} visible to {actor.UserId}");
            return (IReadOnlyList<StockView>)(await Ledger.BalancesAsync(unit.Db, new FacilityId(facilityId), cancellationToken))
                .Select(b => new StockView(b.DrugCode.Value, b.Batch, b.Expiry, b.FundSource.ToString(), b.Quantity)).ToList();
        }, cancellationToken);

    /// <summary>An LPLPO is visible to whoever sees its requesting facility or its supplier (null: everything is visible).</summary>
    private static bool MayRead(HashSet<string>? visible, FacilityId facility, FacilityId supplier) =>
        visible is null || visible.Contains(facility.Value) || visible.Contains(supplier.Value);

    /// <summary>The facility the actor acts for and those it supplies (children and their sub-units); null for an administrator: all.</summary>
    private static async Task<HashSet<string>?> VisibleFacilitiesAsync(CycleUnit unit)
    {
        if (unit.Actor.Role == CycleRoles.Administrator) return null;
        var facilities = await unit.Db.Facilities.AsNoTracking().Select(f => new { f.Id, f.ParentId }).ToListAsync();
        var visible = new HashSet<string>(StringComparer.Ordinal);
        if (unit.Actor.FacilityId is { } own) visible.Add(own);
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var f in facilities.Where(f => f.ParentId is { } p && visible.Contains(p.Value) && !visible.Contains(f.Id.Value)))
                grew |= visible.Add(f.Id.Value);
        }
        return visible;
    }
}
