using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle.Activities;
using Requisition.Workflows.Cycle.Stock;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Cycle.Facts;

/// <summary>
/// Where each step's facts come from, by step and by the name a definition gives them (<c>"facts"</c> of a RunRules
/// activity): the LPLPO for lplpo and ifk-review; the SBBK and the supplier's batches at picking; the SBBK and the
/// receipt at receipt.
/// </summary>
internal static class StepFactSources
{
    private delegate Task<IReadOnlyList<object>> Loader(CycleUnit unit, WorkflowInstance instance);

    private static readonly Dictionary<(string Step, string Facts), Loader> Loaders = new()
    {
        [(Steps.Lplpo, "lplpo")] = LplpoAsync,
        [(Steps.IfkReview, "lplpo")] = ReviewAsync,
        [(Steps.Distribution, "picking")] = PickingAsync,
        [(Steps.Distribution, "receipt")] = ReceiptAsync,
    };

    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        [Steps.Lplpo] = "lplpo",
        [Steps.IfkReview] = "lplpo",
        [Steps.Distribution] = "picking",
    };

    public static bool Knows(string step, string? facts) => Loaders.ContainsKey((step, facts ?? Defaults.GetValueOrDefault(step, "")));

    public static IEnumerable<string> Names(string step) => Loaders.Keys.Where(k => k.Step == step).Select(k => k.Facts);

    /// <summary>Adds a source (the formulary and RKO steps register theirs).</summary>
    internal static void Register(string step, string facts, Func<CycleUnit, WorkflowInstance, Task<IReadOnlyList<object>>> loader, bool isDefault)
    {
        Loaders[(step, facts)] = (unit, instance) => loader(unit, instance);
        if (isDefault) Defaults[step] = facts;
    }

    public static Task<IReadOnlyList<object>> LoadAsync(CycleUnit unit, WorkflowInstance instance, string step, string? facts)
    {
        var name = facts ?? Defaults.GetValueOrDefault(step, "");
        if (!Loaders.TryGetValue((step, name), out var loader))
            throw new InvalidOperationException($"step '{step}' has no facts '{name}'");
        return loader(unit, instance);
    }

    private static async Task<IReadOnlyList<object>> LplpoAsync(CycleUnit unit, WorkflowInstance instance)
    {
        var report = await Documents.LplpoOfAsync(unit, instance.Id);
        return await CycleFacts.ForLplpoAsync(unit, report, withGiven: false, submittedOn: unit.Today);
    }

    private static async Task<IReadOnlyList<object>> ReviewAsync(CycleUnit unit, WorkflowInstance instance)
    {
        var report = await Documents.LplpoOfAsync(unit, instance.Id);
        return await CycleFacts.ForLplpoAsync(unit, report, withGiven: true, submittedOn: unit.SubmittedOn(report));
    }

    /// <summary>
    /// The SBBK's lines as shipments and the supplier's shippable batches of those items as they stood before the
    /// SBBK took from them (the FEFO rule takes the SBBK's own picks off itself).
    /// </summary>
    private static async Task<IReadOnlyList<object>> PickingAsync(CycleUnit unit, WorkflowInstance instance)
    {
        var report = await Documents.LplpoOfAsync(unit, instance.Id);
        var note = await Documents.IssueNoteOfAsync(unit, report.Id) ?? throw new InvalidOperationException($"LPLPO {report.Id} has not been shipped");
        var facts = new List<object>();
        facts.AddRange(Shipments(note));
        // The supplier keeps stock per funding source and the reviewer decided which sources give: first expired,
        // first out holds within the sources the SBBK takes each item from.
        var sources = note.Lines.Select(l => (l.DrugCode, l.FundSource)).ToHashSet();
        var usableAfter = await Distribute.UsableAfterAsync(unit);
        var before = (await Ledger.BalancesAsync(unit.Db, note.FromId))
            .Where(b => sources.Contains((b.DrugCode, b.FundSource)))
            .ToDictionary(b => (b.DrugCode, b.Batch, b.FundSource), b => b);
        foreach (var line in note.Lines)
        {
            var key = (line.DrugCode, line.Batch, line.FundSource);
            before[key] = before.TryGetValue(key, out var b)
                ? b with { Quantity = b.Quantity + line.Quantity }
                : new BatchBalance(line.DrugCode, line.Batch, line.Expiry, line.FundSource, line.Quantity, line.UnitPrice);
        }
        foreach (var batch in before.Values.Where(b => b.Expiry > usableAfter))
            facts.Add(new BatchStock(note.FromId, batch.DrugCode, batch.Batch, batch.Expiry, batch.Quantity, batch.UnitPrice, batch.FundSource.ToString()));
        return facts;
    }

    private static async Task<IReadOnlyList<object>> ReceiptAsync(CycleUnit unit, WorkflowInstance instance)
    {
        var report = await Documents.LplpoOfAsync(unit, instance.Id);
        var note = await Documents.IssueNoteOfAsync(unit, report.Id) ?? throw new InvalidOperationException($"LPLPO {report.Id} has not been shipped");
        var receipt = await Documents.ReceiptOfAsync(unit, note.Id) ?? throw new InvalidOperationException($"SBBK {note.Number} has not been received");
        var facts = new List<object>();
        facts.AddRange(Shipments(note));
        var lines = note.Lines.ToDictionary(l => l.Id);
        foreach (var line in receipt.Lines)
        {
            var shipped = lines[line.IssueNoteLineId];
            facts.Add(new Receipt(note.Number, note.ToId, shipped.DrugCode, shipped.Batch, shipped.Quantity, line.Accepted, line.Rejected, line.Reason));
        }
        return facts;
    }

    private static IEnumerable<Shipment> Shipments(IssueNote note) =>
        note.Lines.Select(l => new Shipment(note.Number, note.FromId, note.ToId, l.DrugCode, l.Batch, l.Quantity));
}
