using System.Globalization;
using System.Text.Json;
using Requisition.Host.Cli.Output;
using Requisition.Rules.Engine.Model;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Host.Cli.Cycle;

/// <summary>How the cycle verbs print what the application answered: tables for people, CSV for scripts where it helps.</summary>
public static class CycleOutput
{
    public static void Tasks(TextWriter writer, CycleSession session, IReadOnlyList<TaskView> tasks, bool csv)
    {
        if (csv)
        {
            writer.WriteLine("lplpo_id,task,facility,document,definition,due,command,instance_id,task_id");
            foreach (var t in tasks)
                writer.WriteLine(CsvText.Row(t.LplpoId, t.Name, t.FacilityId, t.CorrelationId, t.DefinitionId, Due(session, t), Next(t), t.InstanceId, t.TaskId));
            return;
        }
        var table = new TextTable("LPLPO", "TASK", "FACILITY", "DOCUMENT", "DUE", "NEXT");
        foreach (var t in tasks) table.Add(t.LplpoId?.ToString(CultureInfo.InvariantCulture) ?? "-", t.Name, t.FacilityId, t.CorrelationId, Due(session, t), Next(t));
        table.WriteTo(writer);
        writer.WriteLine($"{tasks.Count} open task(s) for {session.Actor.UserId} as {session.Actor.Role}{At(session)}");
    }

    public static void Instances(TextWriter writer, CycleSession session, IReadOnlyList<InstanceView> instances, bool csv)
    {
        if (csv)
        {
            writer.WriteLine("instance_id,definition,version,document,facility,status,parent_id,created,updated");
            foreach (var i in instances)
                writer.WriteLine(CsvText.Row(i.Id, i.DefinitionId, i.Version, i.CorrelationId, i.FacilityId, i.Status, i.ParentId, session.Local(i.CreatedAt), session.Local(i.UpdatedAt)));
            return;
        }
        var table = new TextTable("INSTANCE", "DEFINITION", "DOCUMENT", "FACILITY", "STATUS", "CREATED", "UPDATED");
        foreach (var i in instances)
            table.Add(i.Id, $"{i.DefinitionId} v{i.Version}", i.CorrelationId, i.FacilityId, i.Status, session.Local(i.CreatedAt), session.Local(i.UpdatedAt));
        table.WriteTo(writer);
        writer.WriteLine($"{instances.Count} instance(s) visible to {session.Actor.UserId}");
    }

    public static void Journal(TextWriter writer, CycleSession session, Guid instanceId, IReadOnlyList<JournalView> entries)
    {
        writer.WriteLine($"Journal of instance {instanceId}");
        var table = new TextTable("AT", "ACTIVITY", "KIND", "USER", "ROLE", "OUTCOME", "FLAGS", "THRESHOLDS", "INPUT");
        foreach (var e in entries)
            table.Add(session.Local(e.At), e.ActivityId, e.Kind, e.UserId, e.Role, e.Outcome, FlagCount(e.FlagsJson), e.ThresholdVersion, Compact(e.InputJson));
        table.WriteTo(writer, maxWidth: 70);
        writer.WriteLine($"{entries.Count} journal entries");
    }

    /// <summary>Where an LPLPO stands after an action, with the flags that need a person (information flags counted only).</summary>
    public static void Action(TextWriter writer, string what, LplpoActionResult result)
    {
        var waiting = result.Waiting.Count == 0 ? "nothing more to do" : "waiting for " + string.Join(", ", result.Waiting);
        writer.WriteLine($"LPLPO {result.LplpoId} {what}: now {result.Status}; {waiting}");
        if (result.IssueNote is not null) writer.WriteLine($"SBBK {result.IssueNote}");
        var attention = result.Flags.Where(f => f.Severity != Severity.Info).ToList();
        var info = result.Flags.Count - attention.Count;
        writer.WriteLine($"{attention.Count(f => f.Status == FlagStatus.Acknowledged)} acknowledged, {attention.Count(f => f.Blocks)} open, " +
            $"{info} information flag(s) (cycle show {result.LplpoId} lists them all)");
        if (attention.Count > 0) FlagTable(writer, attention);
    }

    public static void Lplpo(TextWriter writer, CycleSession session, LplpoView view)
    {
        writer.WriteLine($"LPLPO {view.Id}  {view.FacilityId} {view.Period} {view.Kind}, {view.Status}");
        var header = new List<(string, string)>
        {
            ("supplier", view.SupplierId),
            ("submitted", view.SubmittedBy is null ? "-" : $"{view.SubmittedBy} at {session.Local(view.SubmittedAt)}"),
            ("reviewed", view.ReviewedBy is null ? "-" : $"{view.ReviewedBy} at {session.Local(view.ReviewedAt)}"),
            ("instance", view.InstanceId?.ToString() ?? "-"),
        };
        if (view.Justification is not null) header.Add(("justification", view.Justification));
        if (view.ReturnReason is not null) header.Add(("returned", view.ReturnReason));
        var width = header.Max(h => h.Item1.Length);
        foreach (var (label, value) in header) writer.WriteLine($"  {label.PadRight(width)}  {value}");

        writer.WriteLine();
        writer.WriteLine($"Lines ({view.Lines.Count})");
        var lines = new TextTable("DRUG", "NAME", "OPENING", "RECEIVED", "USED", "LOST", "CLOSING", "OUT_DAYS", "OPTIMUM", "REQUESTED", "GIVEN", "SOURCES", "REASON", "NOTE");
        foreach (var l in view.Lines)
            lines.Add(l.DrugCode, l.Name, l.Opening, l.Received, l.Used, l.Lost, l.Closing, l.StockoutDays, l.Optimum, l.Requested,
                l.Given?.ToString(CultureInfo.InvariantCulture) ?? "-", string.Join(" ", l.Sources.Select(s => $"{s.Source}:{s.Quantity}")),
                l.ReasonCategory is null ? "" : CycleArguments.Kebab(Enum.Parse<AdjustmentReason>(l.ReasonCategory)), l.Note);
        lines.WriteTo(writer, maxWidth: 40);

        writer.WriteLine();
        writer.WriteLine($"Flags ({view.Flags.Count})");
        if (view.Flags.Count > 0) FlagTable(writer, view.Flags);

        if (view.IssueNote is null) return;
        writer.WriteLine();
        writer.WriteLine($"SBBK {view.IssueNote}");
        var shipped = new TextTable("LINE", "DRUG", "BATCH", "EXPIRY", "SOURCE", "SHIPPED", "ACCEPTED", "REJECTED", "REASON");
        foreach (var s in view.Shipped)
            shipped.Add(s.Id, s.DrugCode, s.Batch, s.Expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Source, s.Quantity,
                s.Accepted?.ToString(CultureInfo.InvariantCulture) ?? "-", s.Rejected?.ToString(CultureInfo.InvariantCulture) ?? "-", s.Reason);
        shipped.WriteTo(writer);
    }

    public static void Suggestions(TextWriter writer, IReadOnlyList<AllocationSuggestion> suggestions)
    {
        var table = new TextTable("DRUG", "AVAILABLE", "REQUESTED_ALL", "PACK", "LPLPO", "FACILITY", "REQUESTED", "SUGGESTED");
        foreach (var s in suggestions)
            foreach (var share in s.Shares)
                table.Add(s.DrugCode, s.Available, s.Requested, s.PackSize?.ToString(CultureInfo.InvariantCulture) ?? "-", share.LplpoId, share.FacilityId, share.Requested, share.Suggested);
        table.WriteTo(writer);
        writer.WriteLine($"{suggestions.Count} item(s) short for the submitted LPLPOs; give a share with: cycle review ID --approve --line DRUG=SUGGESTED:supplier-stock-short");
    }

    public static void ApproveMany(TextWriter writer, ApproveManyResult result)
    {
        writer.WriteLine(result.Approved.Count == 0 ? "approved: none" : "approved: " + string.Join(", ", result.Approved));
        if (result.Skipped.Count == 0) return;
        writer.WriteLine($"left for review ({result.Skipped.Count}):");
        var table = new TextTable("LPLPO", "WHY");
        foreach (var s in result.Skipped) table.Add(s.LplpoId, s.Why);
        table.WriteTo(writer, maxWidth: 120);
    }

    public static void Started(TextWriter writer, StartMonthResult result)
    {
        writer.WriteLine($"Started the {result.Period} district month (instance {result.InstanceId}): {result.Lplpos.Count} LPLPO(s)");
        Refs(writer, result.Lplpos);
    }

    public static void Started(TextWriter writer, LplpoRef lplpo)
    {
        writer.WriteLine($"Started LPLPO {lplpo.LplpoId} of {lplpo.FacilityId} for {lplpo.Period} (instance {lplpo.InstanceId})");
    }

    public static void Refs(TextWriter writer, IReadOnlyList<LplpoRef> refs)
    {
        var table = new TextTable("LPLPO", "FACILITY", "PERIOD", "INSTANCE");
        foreach (var r in refs) table.Add(r.LplpoId, r.FacilityId, r.Period, r.InstanceId);
        table.WriteTo(writer);
    }

    public static void Check(TextWriter writer, long lplpoId, IReadOnlyList<FlagView> flags)
    {
        writer.WriteLine($"The rules of LPLPO {lplpoId}'s next step would raise {flags.Count} flag(s) now:");
        if (flags.Count > 0) FlagTable(writer, flags);
    }

    private static void FlagTable(TextWriter writer, IReadOnlyList<FlagView> flags)
    {
        var table = new TextTable("ID", "STATUS", "SEVERITY", "STEP", "RULE", "DRUG", "SUBJECT", "MESSAGE", "ACKNOWLEDGED");
        foreach (var f in flags)
            table.Add(f.Id == 0 ? "-" : f.Id.ToString(CultureInfo.InvariantCulture), f.Status.ToString().ToLowerInvariant(), f.Severity.ToString().ToLowerInvariant(),
                f.Step, f.Rule, f.DrugCode, f.Subject, f.Message, f.AcknowledgedBy is null ? "" : $"{f.AcknowledgedBy}: {f.AcknowledgeReason}");
        table.WriteTo(writer, maxWidth: 120);
    }

    private static string Due(CycleSession session, TaskView task) => session.Local(task.DueAt);

    private static string At(CycleSession session) => session.Actor.FacilityId is null ? "" : $" at {session.Actor.FacilityId}";

    /// <summary>The verb that acts on a task.</summary>
    private static string Next(TaskView task) => (task.Name, task.LplpoId) switch
    {
        (_, null) => "-",
        ("submit-lplpo", { } id) => $"cycle submit {id}",
        ("review-lplpo", { } id) => $"cycle review {id} --approve",
        ("ship-lplpo", { } id) => $"cycle ship {id}",
        ("confirm-receipt", { } id) => $"cycle receive {id}",
        (_, { } id) => $"cycle show {id}",
    };

    /// <summary>The action's input on one line, without JSON's quotes (the table would double them).</summary>
    private static string Compact(string json) => json is "{}" or "" ? "" : json.Replace("\"", "", StringComparison.Ordinal);

    private static string FlagCount(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return "";
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.GetArrayLength().ToString(CultureInfo.InvariantCulture) : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
