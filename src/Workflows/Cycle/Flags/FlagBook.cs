using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Flags;

/// <summary>
/// Keeps the stored flags of one document's workflow instance at one step in line with what the step's rules raise
/// now: a flag raised again keeps its status (an acknowledgement stands), a new one is open, one no longer raised
/// is resolved by the system. Then applies the acknowledgements given with the action and says what still blocks.
/// </summary>
internal static class FlagBook
{
    public static async Task<IReadOnlyList<FlagRecord>> RecordAsync(
        CycleUnit unit, Guid instanceId, string step, IReadOnlyList<Flag> raised, IReadOnlyCollection<string>? rules,
        IReadOnlyList<Acknowledgement> acknowledgements)
    {
        var db = unit.Db;
        var query = db.Flags.Where(f => f.WorkflowInstanceId == instanceId && f.Step == step && f.Status != FlagStatus.Resolved);
        if (rules is not null)
        {
            // Only this activity's rules: a step shared by two activities (picking and receipt at distribution) would
            // otherwise read, track and then drop every flag of the other, a thousand or more on a large SBBK.
            var wanted = rules.ToList();
            query = query.Where(f => wanted.Contains(f.Rule));
        }
        var stored = await query.ToListAsync();
        unit.RecordedFlags.Add(new FlagScope(instanceId, step, rules));
        stored.AddRange(Added(db).Where(f => f.WorkflowInstanceId == instanceId && f.Step == step));
        if (rules is not null) stored.RemoveAll(f => !rules.Contains(f.Rule));
        var byKey = stored.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var current = new List<FlagRecord>(raised.Count);
        var seen = new HashSet<(string, string?, string?, string?)>();
        foreach (var flag in raised)
        {
            var key = (flag.Rule, flag.DrugCode?.Value, flag.Subject, flag.Period?.ToString());
            if (!seen.Add(key)) continue;
            if (byKey.TryGetValue(key, out var existing))
            {
                existing.Severity = flag.Severity;
                existing.Message = flag.Message;
                existing.EvidenceJson = Json(flag.Evidence);
                existing.ThresholdsJson = Json(flag.Thresholds);
                existing.ThresholdVersion = flag.ThresholdVersion;
                current.Add(existing);
                continue;
            }
            var record = new FlagRecord
            {
                Rule = flag.Rule,
                Severity = flag.Severity,
                Step = step,
                FacilityId = flag.Facility,
                DrugCode = flag.DrugCode,
                Period = flag.Period,
                Subject = flag.Subject,
                Message = flag.Message,
                EvidenceJson = Json(flag.Evidence),
                ThresholdsJson = Json(flag.Thresholds),
                ThresholdVersion = flag.ThresholdVersion,
                WorkflowInstanceId = instanceId,
                RaisedAt = unit.Now,
                Status = FlagStatus.Open,
            };
            db.Flags.Add(record);
            current.Add(record);
        }
        foreach (var gone in stored.Where(f => !seen.Contains(Key(f))))
        {
            gone.Status = FlagStatus.Resolved;
            gone.ResolvedBy = "system";
            gone.ResolvedAt = unit.Now;
        }
        foreach (var flag in current.Where(f => f.Status == FlagStatus.Open && f.Severity == Severity.Warning))
        {
            if (acknowledgements.FirstOrDefault(a => a.Covers(flag)) is not { } ack) continue;
            flag.Status = FlagStatus.Acknowledged;
            flag.AcknowledgedBy = unit.Actor.UserId;
            flag.AcknowledgedAt = unit.Now;
            flag.AcknowledgeReason = ack.Reason;
        }
        return current;
    }

    /// <summary>Refuses the action when an error or an unacknowledged warning remains; nothing of it is then written.</summary>
    public static void Gate(string step, IReadOnlyList<FlagRecord> flags)
    {
        var views = flags.Select(FlagView.Of).ToList();
        var blocking = views.Where(v => v.Blocks).ToList();
        if (blocking.Count == 0) return;
        var errors = blocking.Select(f => new CommandError(
            f.DrugCode is null ? $"flags.{f.Rule}" : $"flags.{f.Rule}.{f.DrugCode}",
            f.Severity == Severity.Error
                ? $"{f.Message} (error at {step}: fix it first)"
                : $"{f.Message} (warning at {step}: acknowledge it with a reason)")).ToList();
        throw new CommandRejectedException(errors, views);
    }

    /// <summary>
    /// Flags added in this unit and not yet saved. They enter only through <c>DbSet.Add</c>, tracked as Added at once, so
    /// the scan skips the change detection over every tracked entity that a plain <c>Entries()</c> call runs first.
    /// </summary>
    private static List<FlagRecord> Added(RequisitionDbContext db)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return tracker.Entries<FlagRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static (string, string?, string?, string?) Key(FlagRecord f) => (f.Rule, f.DrugCode?.Value, f.Subject, f.Period?.ToString());

    private static string Json(IReadOnlyList<EvidenceItem> items) =>
        JsonSerializer.Serialize(items.Select(i => new { name = i.Name, value = i.Value?.ToString() }), CycleJson.Options);
}
