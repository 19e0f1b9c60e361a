using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle.Planning;
using Requisition.Workflows.Cycle.Planning.Activities;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Cycle;

/// <summary>
/// Formulary selection (pemilihan): the pharmacist starts the year's formulary from last year's, staff and the
/// pharmacist propose items while it is a draft, the pharmacist submits it (the formulary rules run: a warning must be
/// acknowledged with a reason), and the head of puskesmas establishes it or returns it with a reason. Each command
/// checks its input, the actor's role and facility, runs in one transaction and is journaled on the formulary's workflow.
/// </summary>
public sealed class FormularyCommands
{
    /// <summary>The workflow definition id (workflows/cycle/formulary.v1.json) and its task names.</summary>
    public const string Definition = "formulary";
    public const string SubmitTask = "submit-formulary";
    public const string EstablishTask = "establish-formulary";

    private readonly CycleHost _host;

    internal FormularyCommands(CycleHost host) => _host = host;

    /// <summary>The pharmacist starts the facility's formulary for a year: a draft holding the items of its newest established one.</summary>
    public Task<PlanRef> StartAsync(Actor actor, StartPlanInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new StartPlanValidator(), input);
        return _host.RunAfterCommitAsync<PlanRef>(actor, async unit =>
        {
            var facility = actor.FacilityId ?? "";
            await Access.RequireAsync(unit, facility, CycleRoles.Pharmacist);
            if (input.Year < unit.Today.Year)
                throw new CommandRejectedException("year", $"{input.Year} has passed; start the formulary of {unit.Today.Year} or a later year");
            var facilityId = new FacilityId(facility);
            if (await unit.Db.Formularies.AsNoTracking().FirstOrDefaultAsync(f => f.FacilityId == facilityId && f.Year == input.Year, cancellationToken) is { } existing)
                throw new CommandRejectedException("year", $"{facility} already has a formulary for {input.Year}: {PlanDocuments.Describe(existing)}");
            var run = await unit.StartAsync(Definition, $"{facility}/{input.Year}", facility,
                new JsonObject { [PlanVariables.Year] = input.Year });
            var formulary = unit.Db.Formularies.Local.Single(f => f.WorkflowInstanceId == run.Instance.Id);
            return () => new PlanRef(formulary.Id, facility, input.Year, run.Instance.Id);
        }, cancellationToken);
    }

    /// <summary>
    /// Staff or the pharmacist add items (with unit price and therapeutic class) to the draft while it waits to be
    /// submitted; an item already on it takes the new price and class. A code not in the drug catalog is refused at its line.
    /// </summary>
    public Task<PlanActionResult> ProposeItemsAsync(Actor actor, long formularyId, ProposeItemsInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new ProposeItemsValidator(), input);
        return _host.RunAsync(actor, "formulary.propose-items", null, async unit =>
        {
            var (formulary, task) = await DraftAsync(unit, formularyId, CycleRoles.Staff, CycleRoles.Pharmacist);
            var catalog = (await unit.Db.Drugs.AsNoTracking().Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet();
            var errors = new List<CommandError>();
            for (var i = 0; i < input.Items.Count; i++)
            {
                var proposed = input.Items[i];
                var code = new DrugCode(proposed.DrugCode.Trim());
                if (!catalog.Contains(code))
                {
                    errors.Add(new($"items[{i}].drugCode", $"no item {code} in the drug catalog"));
                    continue;
                }
                var item = formulary.Items.FirstOrDefault(x => x.DrugCode == code);
                if (item is null) formulary.Items.Add(item = new FormularyItem { FormularyId = formulary.Id, DrugCode = code });
                item.UnitPrice = proposed.UnitPrice;
                item.TherapeuticClass = string.IsNullOrWhiteSpace(proposed.TherapeuticClass) ? item.TherapeuticClass : proposed.TherapeuticClass.Trim();
            }
            if (errors.Count > 0) throw new CommandRejectedException(errors);
            await PlanActions.RecordEditAsync(unit, task, "propose-items", input);
            return await ResultAsync(unit, formulary, null);
        }, cancellationToken);
    }

    /// <summary>The pharmacist takes items off the draft while it waits to be submitted.</summary>
    public Task<PlanActionResult> RemoveItemsAsync(Actor actor, long formularyId, RemoveItemsInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new RemoveItemsValidator(), input);
        return _host.RunAsync(actor, "formulary.remove-items", null, async unit =>
        {
            var (formulary, task) = await DraftAsync(unit, formularyId, CycleRoles.Pharmacist);
            var errors = new List<CommandError>();
            var removed = new List<FormularyItem>();
            for (var i = 0; i < input.DrugCodes.Count; i++)
            {
                var code = new DrugCode(input.DrugCodes[i].Trim());
                if (formulary.Items.FirstOrDefault(x => x.DrugCode == code) is { } item) removed.Add(item);
                else errors.Add(new($"drugCodes[{i}]", $"{PlanDocuments.Describe(formulary)} has no item {code}"));
            }
            if (errors.Count > 0) throw new CommandRejectedException(errors);
            foreach (var item in removed) formulary.Items.Remove(item);
            await PlanActions.RecordEditAsync(unit, task, "remove-items", input);
            return await ResultAsync(unit, formulary, null);
        }, cancellationToken);
    }

    /// <summary>The pharmacist submits the formulary: its rules run, and an unacknowledged warning refuses it (nothing written).</summary>
    public Task<PlanActionResult> SubmitAsync(Actor actor, long formularyId, SubmitInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Access.Validate(new SubmitValidator(), input);
        return _host.RunAsync(actor, "formulary.submit", idempotencyKey, async unit =>
        {
            var formulary = await RequireAsync(unit, formularyId);
            var task = await Access.TaskAsync(unit, formulary.WorkflowInstanceId!.Value, SubmitTask, PlanDocuments.Describe(formulary));
            if (formulary.Items.Count == 0) throw new CommandRejectedException("items", "the formulary has no items");
            var run = await unit.ResumeAsync(task.Id, "submit", new { acknowledgements = input.Acknowledgements ?? [] });
            return await ResultAsync(unit, formulary, run);
        }, cancellationToken);
    }

    /// <summary>
    /// The head of puskesmas establishes the formulary (the formulary rules run again; a new warning needs their
    /// acknowledgement) or returns it to the pharmacist with the reason.
    /// </summary>
    public Task<PlanActionResult> EstablishAsync(Actor actor, long formularyId, EstablishInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Access.Validate(new EstablishValidator(), input);
        return _host.RunAsync(actor, "formulary.establish", idempotencyKey, async unit =>
        {
            var formulary = await RequireAsync(unit, formularyId);
            var task = await Access.TaskAsync(unit, formulary.WorkflowInstanceId!.Value, EstablishTask, PlanDocuments.Describe(formulary));
            var run = input.Decision == EstablishInput.Return
                ? await unit.ResumeAsync(task.Id, "return", new { reason = input.Reason!.Trim() })
                : await unit.ResumeAsync(task.Id, "establish", new { acknowledgements = input.Acknowledgements ?? [] });
            return await ResultAsync(unit, formulary, run);
        }, cancellationToken);
    }

    /// <summary>What the formulary rules would raise now, stored nowhere: for the form to show before submitting.</summary>
    public Task<IReadOnlyList<FlagView>> CheckAsync(Actor actor, long formularyId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            var formulary = await RequireAsync(unit, formularyId);
            await PlanActions.RequireVisibleAsync(unit, formulary.FacilityId, $"formulary {formularyId}");
            return await PlanActions.PreviewAsync(unit, formulary.WorkflowInstanceId!.Value, Steps.Formulary);
        }, cancellationToken);

    /// <summary>One formulary with its items, where it stands, its flags and what it waits for.</summary>
    public Task<FormularyView> GetAsync(Actor actor, long formularyId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            var formulary = await PlanDocuments.FormularyAsync(unit, formularyId) ?? throw new NotFoundException($"no formulary {formularyId}");
            await PlanActions.RequireVisibleAsync(unit, formulary.FacilityId, $"formulary {formularyId}");
            var drugs = await unit.Db.Drugs.AsNoTracking().ToDictionaryAsync(d => d.Code, cancellationToken);
            var items = formulary.Items.OrderBy(i => i.TherapeuticClass ?? "", StringComparer.Ordinal).ThenBy(i => i.DrugCode.Value, StringComparer.Ordinal)
                .Select(i => new FormularyItemView(i.DrugCode.Value, drugs.GetValueOrDefault(i.DrugCode)?.Name ?? "", drugs.GetValueOrDefault(i.DrugCode)?.Generic ?? false,
                    i.TherapeuticClass, i.UnitPrice))
                .ToList();
            if (formulary.WorkflowInstanceId is not { } instanceId)
            {
                var status = formulary.Status == PlanStatus.Established ? "established" : "draft";
                return new FormularyView(formulary.Id, formulary.FacilityId.Value, formulary.Year, status, null, formulary.EstablishedBy,
                    formulary.EstablishedAt, null, items, [], []);
            }
            var result = await ResultAsync(unit, formulary, null);
            return new FormularyView(formulary.Id, formulary.FacilityId.Value, formulary.Year, result.Status, result.ReturnReason, formulary.EstablishedBy,
                formulary.EstablishedAt, instanceId, items, result.Flags, result.Waiting);
        }, cancellationToken);

    private static async Task<FormularyDocument> RequireAsync(CycleUnit unit, long id) =>
        await PlanDocuments.FormularyAsync(unit, id) is { WorkflowInstanceId: not null } formulary ? formulary : throw new NotFoundException($"no formulary {id}");

    /// <summary>The draft and its waiting submit task, after checking the actor edits for its facility in one of <paramref name="roles"/>.</summary>
    private static async Task<(FormularyDocument Formulary, Bookmark Task)> DraftAsync(CycleUnit unit, long id, params string[] roles)
    {
        var formulary = await RequireAsync(unit, id);
        await Access.RequireAsync(unit, formulary.FacilityId.Value, roles);
        var task = await PlanActions.WaitingAsync(unit, formulary.WorkflowInstanceId!.Value, SubmitTask, PlanDocuments.Describe(formulary));
        return (formulary, task);
    }

    private static Task<PlanActionResult> ResultAsync(CycleUnit unit, FormularyDocument formulary, WorkflowRunResult? run) =>
        PlanActions.ResultAsync(unit, formulary.Id, formulary.WorkflowInstanceId!.Value, formulary.Status, EstablishTask, run);
}
