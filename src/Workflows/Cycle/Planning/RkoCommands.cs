using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle.Planning;
using Requisition.Workflows.Cycle.Planning.Activities;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;

namespace Requisition.Workflows.Cycle;

/// <summary>
/// The annual plan of needs (RKO): the pharmacist starts it (computed from the stock history by the consumption method),
/// fills items without history by morbidity, and submits it (the rko rules run); the head establishes or returns it.
/// The IFK consolidates the established RKOs of its puskesmas and fits them to the budget (BUDGET_SHORTFALL).
/// Each command checks its input, the actor's role and facility, runs in one transaction and is journaled.
/// </summary>
public sealed class RkoCommands
{
    /// <summary>Workflow definition ids (workflows/cycle) and their task names.</summary>
    public const string Annual = "rko-annual";
    public const string District = "rko-district";
    public const string SubmitTask = "submit-rko";
    public const string EstablishTask = "establish-rko";
    public const string FitBudgetTask = "fit-budget";

    private readonly CycleHost _host;

    internal RkoCommands(CycleHost host) => _host = host;

    /// <summary>The pharmacist starts the facility's RKO for a year, computed from its stock history.</summary>
    public Task<PlanRef> StartAsync(Actor actor, StartPlanInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new StartPlanValidator(), input);
        return _host.RunAfterCommitAsync<PlanRef>(actor, async unit =>
        {
            var facility = actor.FacilityId ?? "";
            await Access.RequireAsync(unit, facility, CycleRoles.Pharmacist);
            await RequireNewAsync(unit, facility, input.Year, cancellationToken);
            var run = await unit.StartAsync(Annual, $"{facility}/{input.Year}", facility,
                new JsonObject { [PlanVariables.Year] = input.Year });
            var rko = unit.Db.Rkos.Local.Single(r => r.WorkflowInstanceId == run.Instance.Id);
            return () => new PlanRef(rko.Id, facility, input.Year, run.Instance.Id);
        }, cancellationToken);
    }

    /// <summary>The pharmacist edits lines of the draft while it waits to be submitted: a planned need, or morbidity cases x dose per case.</summary>
    public Task<PlanActionResult> EditAsync(Actor actor, long rkoId, EditRkoInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new EditRkoValidator(), input);
        return _host.RunAsync(actor, "rko.edit", null, async unit =>
        {
            var rko = await RequireAsync(unit, rkoId);
            var task = await Access.TaskAsync(unit, rko.WorkflowInstanceId!.Value, SubmitTask, PlanDocuments.Describe(rko));
            var errors = new List<CommandError>();
            await PlanActions.RecordEditAsync(unit, task, "edit", input, variables => errors.AddRange(RkoLines.Apply(rko, input.Lines, variables)));
            if (errors.Count > 0) throw new CommandRejectedException(errors);
            return await ResultAsync(unit, rko, null);
        }, cancellationToken);
    }

    /// <summary>
    /// The pharmacist submits the RKO: every line without use history must have been filled in; the rko rules run and an
    /// unacknowledged warning refuses it (nothing written).
    /// </summary>
    public Task<PlanActionResult> SubmitAsync(Actor actor, long rkoId, SubmitInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Access.Validate(new SubmitValidator(), input);
        return _host.RunAsync(actor, "rko.submit", idempotencyKey, async unit =>
        {
            var rko = await RequireAsync(unit, rkoId);
            var task = await Access.TaskAsync(unit, rko.WorkflowInstanceId!.Value, SubmitTask, PlanDocuments.Describe(rko));
            var instance = await unit.Store.FindInstanceAsync(task.InstanceId) ?? throw new NotFoundException($"no RKO {rkoId}");
            if (RkoLines.Unfilled(rko, PlanActions.Variables(instance)) is { Count: > 0 } unfilled) throw new CommandRejectedException(unfilled);
            var run = await unit.ResumeAsync(task.Id, "submit", new { acknowledgements = input.Acknowledgements ?? [] });
            return await ResultAsync(unit, rko, run);
        }, cancellationToken);
    }

    /// <summary>The head of puskesmas establishes the RKO (the rko rules run again) or returns it to the pharmacist with the reason.</summary>
    public Task<PlanActionResult> EstablishAsync(Actor actor, long rkoId, EstablishInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Access.Validate(new EstablishValidator(), input);
        return _host.RunAsync(actor, "rko.establish", idempotencyKey, async unit =>
        {
            var rko = await RequireAsync(unit, rkoId);
            var task = await Access.TaskAsync(unit, rko.WorkflowInstanceId!.Value, EstablishTask, PlanDocuments.Describe(rko));
            var run = input.Decision == EstablishInput.Return
                ? await unit.ResumeAsync(task.Id, "return", new { reason = input.Reason!.Trim() })
                : await unit.ResumeAsync(task.Id, "establish", new { acknowledgements = input.Acknowledgements ?? [] });
            return await ResultAsync(unit, rko, run);
        }, cancellationToken);
    }

    /// <summary>
    /// The IFK officer consolidates, for a year, the RKOs its puskesmas have established by now into the IFK's RKO, priced,
    /// with the budget; the rko rules run (BUDGET_SHORTFALL when the plan costs more) and the plan waits to be fitted.
    /// </summary>
    public Task<ConsolidationResult> ConsolidateAsync(Actor actor, ConsolidateInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new ConsolidateValidator(), input);
        return _host.RunAfterCommitAsync<ConsolidationResult>(actor, async unit =>
        {
            var ifk = actor.FacilityId ?? "";
            await Access.RequireAsync(unit, ifk, CycleRoles.IfkOfficer);
            await RequireNewAsync(unit, ifk, input.Year, cancellationToken);
            var variables = new JsonObject { [PlanVariables.Year] = input.Year, [PlanVariables.Budget] = input.Budget };
            var run = await unit.StartAsync(District, $"{ifk}/{input.Year}", ifk, variables);
            var rko = unit.Db.Rkos.Local.Single(r => r.WorkflowInstanceId == run.Instance.Id);
            var state = PlanActions.Variables(run.Instance);
            var included = state[PlanVariables.Included]!.AsArray().Select(n => n!["facilityId"]!.GetValue<string>()).ToList();
            var missing = state[PlanVariables.Missing]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
            var waiting = run.Tasks.Select(t => t.Name).ToList();
            var flags = unit.Db.ChangeTracker.Entries<FlagRecord>().Where(e => e.Entity.WorkflowInstanceId == run.Instance.Id).Select(e => e.Entity).ToList();
            return () => new ConsolidationResult(rko.Id, run.Instance.Id, input.Year, input.Budget, RkoLines.Cost(rko.Lines), included, missing,
                flags.Where(f => f.Status != FlagStatus.Resolved).OrderBy(f => f.DrugCode?.Value ?? "", StringComparer.Ordinal).ThenBy(f => f.Rule, StringComparer.Ordinal)
                    .Select(FlagView.Of).ToList(),
                waiting);
        }, cancellationToken);
    }

    /// <summary>
    /// The IFK officer fits the consolidated RKO to the budget and establishes it: without lines every priced line is
    /// scaled down in proportion (rounded down) when the plan costs more than the budget; with lines those quantities
    /// are taken. The rko rules run again: a shortfall left must be acknowledged with a reason.
    /// </summary>
    public Task<PlanActionResult> FitBudgetAsync(Actor actor, long rkoId, FitBudgetInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Access.Validate(new FitBudgetValidator(), input);
        return _host.RunAsync(actor, "rko.fit-budget", idempotencyKey, async unit =>
        {
            var rko = await RequireAsync(unit, rkoId);
            var task = await Access.TaskAsync(unit, rko.WorkflowInstanceId!.Value, FitBudgetTask, PlanDocuments.Describe(rko));
            var budget = rko.Budget ?? throw new InvalidOperationException($"{PlanDocuments.Describe(rko)} has no budget");
            var factor = 1m;
            if (input.Lines is { Count: > 0 } lines)
            {
                if (RkoLines.SetNeeds(rko, lines) is { Count: > 0 } errors) throw new CommandRejectedException(errors);
            }
            else
            {
                factor = RkoLines.ScaleToBudget(rko, budget);
            }
            var run = await unit.ResumeAsync(task.Id, "fit", new
            {
                acknowledgements = input.Acknowledgements ?? [],
                lines = input.Lines,
                scaledBy = input.Lines is { Count: > 0 } ? (decimal?)null : Math.Round(factor, 6),
                cost = RkoLines.Cost(rko.Lines),
                budget,
            });
            return await ResultAsync(unit, rko, run);
        }, cancellationToken);
    }

    /// <summary>What the rko rules would raise now over the RKO, stored nowhere: for the form to show before the action.</summary>
    public Task<IReadOnlyList<FlagView>> CheckAsync(Actor actor, long rkoId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            var rko = await RequireAsync(unit, rkoId);
            await PlanActions.RequireVisibleAsync(unit, rko.FacilityId, $"RKO {rkoId}");
            return await PlanActions.PreviewAsync(unit, rko.WorkflowInstanceId!.Value, Steps.Rko);
        }, cancellationToken);

    /// <summary>One RKO with its lines (the terms of the formula, where each need came from, its cost), its flags and tasks.</summary>
    public Task<RkoView> GetAsync(Actor actor, long rkoId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            var rko = await PlanDocuments.RkoAsync(unit, rkoId) ?? throw new NotFoundException($"no RKO {rkoId}");
            await PlanActions.RequireVisibleAsync(unit, rko.FacilityId, $"RKO {rkoId}");
            var names = await unit.Db.Drugs.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
            var instance = rko.WorkflowInstanceId is { } id ? await unit.Store.FindInstanceAsync(id, cancellationToken) : null;
            var variables = instance is null ? [] : PlanActions.Variables(instance);
            var consolidated = instance?.DefinitionId == District;
            var lines = rko.Lines.OrderBy(l => l.DrugCode.Value, StringComparer.Ordinal)
                .Select(l => new RkoLineView(l.DrugCode.Value, names.GetValueOrDefault(l.DrugCode) ?? "",
                    consolidated ? RkoLines.Consolidated : RkoLines.Basis(l.DrugCode, variables),
                    l.AvgMonthlyUse, l.AnnualUse, l.SafetyStock, l.LeadTimeStock, l.RemainingStock, l.PlannedNeed, l.UnitPrice,
                    l.PlannedNeed * (l.UnitPrice ?? 0m), RkoLines.MorbidityOf(l.DrugCode, variables)))
                .ToList();
            var result = instance is null ? null : await ResultAsync(unit, rko, null);
            var status = result?.Status ?? (rko.Status == PlanStatus.Established ? "established" : "draft");
            return new RkoView(rko.Id, rko.FacilityId.Value, rko.Year, rko.Method.ToString().ToLowerInvariant(), status, rko.Budget, RkoLines.Cost(rko.Lines),
                rko.ThresholdVersion, result?.ReturnReason, rko.EstablishedBy, rko.EstablishedAt, rko.WorkflowInstanceId, lines, result?.Flags ?? [], result?.Waiting ?? []);
        }, cancellationToken);

    private static async Task<RkoDocument> RequireAsync(CycleUnit unit, long id) =>
        await PlanDocuments.RkoAsync(unit, id) is { WorkflowInstanceId: not null } rko ? rko : throw new NotFoundException($"no RKO {id}");

    /// <summary>One RKO per facility and year, for the current year or a later one.</summary>
    private static async Task RequireNewAsync(CycleUnit unit, string facility, int year, CancellationToken cancellationToken)
    {
        if (year < unit.Today.Year)
            throw new CommandRejectedException("year", $"{year} has passed; plan {unit.Today.Year} or a later year");
        var facilityId = new FacilityId(facility);
        if (await unit.Db.Rkos.AsNoTracking().FirstOrDefaultAsync(r => r.FacilityId == facilityId && r.Year == year, cancellationToken) is { } existing)
            throw new CommandRejectedException("year", $"{facility} already has an RKO for {year}: {PlanDocuments.Describe(existing)}");
    }

    private static async Task<PlanActionResult> ResultAsync(CycleUnit unit, RkoDocument rko, WorkflowRunResult? run)
    {
        var instance = run?.Instance ?? await unit.Store.FindInstanceAsync(rko.WorkflowInstanceId!.Value);
        var establishTask = instance?.DefinitionId == District ? null : EstablishTask;
        return await PlanActions.ResultAsync(unit, rko.Id, rko.WorkflowInstanceId!.Value, rko.Status, establishTask, run);
    }
}
