using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.Planning;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle.Activities;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Cycle.Stock;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Cycle;

/// <summary>
/// The monthly LPLPO from draft to receipt, emergency and sub-unit requests: the commands the web app, the API and
/// the CLI call. Each checks its input and the actor's role and facility, runs in one transaction, and moves the
/// LPLPO's workflow; submit, review, ship and receive take an idempotency key.
/// </summary>
public sealed class LplpoCommands
{
    /// <summary>Workflow definition ids (files in workflows/).</summary>
    public const string DistrictMonth = "district-month";
    public const string Monthly = "lplpo-monthly";
    public const string SubUnitMonthly = "lplpo-subunit";
    public const string Emergency = "lplpo-emergency";

    /// <summary>Task names in those definitions.</summary>
    public const string SubmitTask = "submit-lplpo";
    public const string ReviewTask = "review-lplpo";
    public const string ShipTask = "ship-lplpo";
    public const string ReceiveTask = "confirm-receipt";

    private readonly CycleHost _host;

    internal LplpoCommands(CycleHost host) => _host = host;

    /// <summary>The IFK starts a month: one monthly LPLPO for each active puskesmas it supplies (a fan-out).</summary>
    public Task<StartMonthResult> StartMonthAsync(Actor actor, StartMonthInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new StartMonthValidator(), input);
        return _host.RunAfterCommitAsync<StartMonthResult>(actor, async unit =>
        {
            var ifk = actor.FacilityId ?? "";
            await Access.RequireAsync(unit, ifk, CycleRoles.IfkOfficer);
            var ifkId = new FacilityId(ifk);
            var puskesmas = await unit.Db.Facilities.AsNoTracking()
                .Where(f => f.ParentId == ifkId && f.Kind == FacilityKind.Puskesmas && f.Active)
                .Select(f => f.Id).ToListAsync(cancellationToken);
            if (puskesmas.Count == 0) throw new CommandRejectedException("facility", $"{ifk} supplies no active puskesmas");
            var thresholds = await unit.ThresholdsAsync();
            var variables = new JsonObject
            {
                ["period"] = input.Period,
                ["supplier"] = ifk,
                ["lplpoDueDay"] = thresholds.LplpoDueDay,
                ["facilities"] = new JsonArray(puskesmas.OrderBy(p => p.Value, StringComparer.Ordinal).Select(p => (JsonNode)p.Value).ToArray()),
            };
            var run = await unit.StartAsync(DistrictMonth, $"{ifk}/{input.Period}", ifk, variables);
            var reports = unit.Db.Lplpos.Local.ToList();
            return () => new StartMonthResult(run.Instance.Id, input.Period,
                reports.OrderBy(r => r.FacilityId.Value, StringComparer.Ordinal)
                    .Select(r => new LplpoRef(r.Id, r.FacilityId.Value, r.Period.ToString(), r.WorkflowInstanceId!.Value)).ToList());
        }, cancellationToken);
    }

    /// <summary>
    /// Starts one facility's monthly LPLPO: a sub-unit's to its puskesmas (started by the sub-unit or the puskesmas
    /// pharmacist), or a puskesmas's own outside a district month (started by the pharmacist or the IFK).
    /// </summary>
    public Task<LplpoRef> StartAsync(Actor actor, StartLplpoInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new StartLplpoValidator(), input);
        return _host.RunAfterCommitAsync<LplpoRef>(actor, async unit =>
        {
            var facility = await unit.Db.Facilities.AsNoTracking().SingleOrDefaultAsync(f => f.Id == new FacilityId(input.FacilityId), cancellationToken)
                ?? throw new CommandRejectedException("facilityId", $"no facility {input.FacilityId}");
            if (facility.ParentId is not { } supplier || facility.Kind == FacilityKind.Ifk)
                throw new CommandRejectedException("facilityId", $"{facility.Id} has no supplier to request from");
            var subUnit = facility.Kind == FacilityKind.SubUnit;
            if (actor.FacilityId == supplier.Value)
                await Access.RequireAsync(unit, supplier.Value, subUnit ? CycleRoles.Pharmacist : CycleRoles.IfkOfficer);
            else
                await Access.RequireAsync(unit, facility.Id.Value, subUnit ? CycleRoles.SubUnit : CycleRoles.Pharmacist);
            var thresholds = await unit.ThresholdsAsync();
            var variables = new JsonObject { ["period"] = input.Period, ["supplier"] = supplier.Value, ["lplpoDueDay"] = thresholds.LplpoDueDay };
            var run = await unit.StartAsync(subUnit ? SubUnitMonthly : Monthly, $"{facility.Id}/{input.Period}", facility.Id.Value, variables);
            var report = unit.Db.Lplpos.Local.Single(r => r.WorkflowInstanceId == run.Instance.Id);
            return () => new LplpoRef(report.Id, report.FacilityId.Value, report.Period.ToString(), run.Instance.Id);
        }, cancellationToken);
    }

    /// <summary>An emergency request out of cycle: justification required; reviewed and shipped like an LPLPO, with no due day.</summary>
    public Task<LplpoRef> StartEmergencyAsync(Actor actor, StartEmergencyInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new StartEmergencyValidator(), input);
        return _host.RunAfterCommitAsync<LplpoRef>(actor, async unit =>
        {
            var facilityId = actor.FacilityId ?? "";
            await Access.RequireAsync(unit, facilityId, CycleRoles.Pharmacist);
            var facility = await unit.Db.Facilities.AsNoTracking().SingleAsync(f => f.Id == new FacilityId(facilityId), cancellationToken);
            if (facility.ParentId is not { } supplier) throw new CommandRejectedException("facility", $"{facility.Id} has no supplier to request from");
            var variables = new JsonObject { ["supplier"] = supplier.Value, ["justification"] = input.Justification.Trim() };
            var run = await unit.StartAsync(Emergency, $"{facility.Id}/emergency/{unit.Now:yyyyMMddHHmmssfff}", facility.Id.Value, variables);
            var report = unit.Db.Lplpos.Local.Single(r => r.WorkflowInstanceId == run.Instance.Id);
            if (input.Lines is { Count: > 0 } lines) await ApplyDraftLinesAsync(unit, report, lines, "lines");
            return () => new LplpoRef(report.Id, report.FacilityId.Value, report.Period.ToString(), run.Instance.Id);
        }, cancellationToken);
    }

    /// <summary>The pharmacist fills in the draft (use, losses, closing stock, stock-out days, request); saved as it goes.</summary>
    public Task<LplpoActionResult> SaveDraftAsync(Actor actor, long lplpoId, SaveDraftInput input, CancellationToken cancellationToken = default) =>
        SaveDraftAsync(actor, lplpoId, input, ifRevision: null, cancellationToken);

    /// <summary>As <see cref="SaveDraftAsync(Actor, long, SaveDraftInput, CancellationToken)"/>, refused as stale unless the LPLPO is still at <paramref name="ifRevision"/>.</summary>
    public Task<LplpoActionResult> SaveDraftAsync(Actor actor, long lplpoId, SaveDraftInput input, int? ifRevision, CancellationToken cancellationToken = default)
    {
        Access.Validate(new SaveDraftValidator(), input);
        return _host.RunAsync(actor, "lplpo.save-draft", null, async unit =>
        {
            var report = await EditableAsync(unit, lplpoId);
            await Access.TaskAsync(unit, report.WorkflowInstanceId!.Value, SubmitTask, Describe(report));
            Touch(report, ifRevision);
            await ApplyDraftLinesAsync(unit, report, input.Lines, "lines");
            return await ResultAsync(unit, report, null);
        }, cancellationToken);
    }

    /// <summary>Submits the LPLPO: the lplpo rules run; an error or an unacknowledged warning refuses it (nothing written).</summary>
    public Task<LplpoActionResult> SubmitAsync(Actor actor, long lplpoId, SubmitInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default, int? ifRevision = null)
    {
        Access.Validate(new SubmitValidator(), input);
        return _host.RunAsync(actor, $"lplpo.submit/{lplpoId}", idempotencyKey, async unit =>
        {
            var report = await EditableAsync(unit, lplpoId);
            var task = await Access.TaskAsync(unit, report.WorkflowInstanceId!.Value, SubmitTask, Describe(report));
            Touch(report, ifRevision);
            if (report.Kind == LplpoKind.Emergency && report.Lines.Count == 0)
                throw new CommandRejectedException("lines", "an emergency request needs at least one item");
            if (report.Lines.Count == 0) throw new CommandRejectedException("lines", "the LPLPO has no lines");
            var run = await unit.ResumeAsync(task.Id, "submit", new { acknowledgements = input.Acknowledgements ?? [] });
            return await ResultAsync(unit, report, run);
        }, cancellationToken);
    }

    /// <summary>
    /// The reviewer approves (adjusting any line, with a reason for each, split by funding source, within the stock
    /// it can give) or returns the whole LPLPO with a reason. The ifk-review rules run on approval.
    /// </summary>
    public Task<LplpoActionResult> ReviewAsync(Actor actor, long lplpoId, ReviewInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default, int? ifRevision = null)
    {
        Access.Validate(new ReviewValidator(), input);
        return _host.RunAsync(actor, $"lplpo.review/{lplpoId}", idempotencyKey, async unit =>
        {
            var report = await RequireAsync(unit, lplpoId);
            var task = await Access.TaskAsync(unit, report.WorkflowInstanceId!.Value, ReviewTask, Describe(report));
            Touch(report, ifRevision);
            if (input.Decision == ReviewInput.Return)
            {
                var returned = await unit.ResumeAsync(task.Id, "return", new { reason = input.Reason!.Trim() });
                return await ResultAsync(unit, report, returned);
            }
            var availability = await Availability.LoadAsync(unit, report.SupplierId, report.Id);
            await ApplyReviewAsync(unit, report, input.Lines ?? [], availability);
            var run = await unit.ResumeAsync(task.Id, "approve", new { acknowledgements = input.Acknowledgements ?? [] });
            return await ResultAsync(unit, report, run);
        }, cancellationToken);
    }

    /// <summary>
    /// Approves many LPLPOs as requested in one action, only those that are clean: no open flag of an earlier step and
    /// nothing but information from the review rules. The others are listed with the reason they were left for review.
    /// </summary>
    public Task<ApproveManyResult> ApproveManyAsync(Actor actor, ApproveManyInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Access.Validate(new ApproveManyValidator(), input);
        return _host.RunAsync(actor, "lplpo.approve-many", idempotencyKey, async unit =>
        {
            // Only a reviewer (the IFK, or a pharmacist for sub-unit requests) approves, and only what it supplies: an LPLPO
            // of another supplier is answered as if it did not exist, so the reasons never tell a stranger its state.
            await Access.RequireAsync(unit, actor.FacilityId ?? "", CycleRoles.IfkOfficer, CycleRoles.Pharmacist);
            var approved = new List<long>();
            var skipped = new List<SkippedLplpo>();
            var availabilities = new Dictionary<FacilityId, Availability>();
            var thresholds = await unit.ThresholdsAsync();
            foreach (var id in input.LplpoIds)
            {
                var report = await Documents.LplpoAsync(unit, id);
                if (report?.WorkflowInstanceId is not { } instanceId || report.SupplierId.Value != actor.FacilityId) { skipped.Add(new(id, "no such LPLPO")); continue; }
                var tasks = await unit.Store.BookmarksAsync(instanceId);
                var task = tasks.FirstOrDefault(b => b.Kind == BookmarkKind.HumanTask && b.Name == ReviewTask);
                if (task is null) { skipped.Add(new(id, $"not waiting for review (it is {report.Status})")); continue; }
                if (task.Role != actor.Role || task.FacilityId != actor.FacilityId) { skipped.Add(new(id, $"reviewed by {task.Role} at {task.FacilityId}")); continue; }
                var open = await unit.Db.Flags.AsNoTracking()
                    .CountAsync(f => f.WorkflowInstanceId == instanceId && f.Status == FlagStatus.Open && f.Severity != Severity.Info, cancellationToken);
                if (open > 0) { skipped.Add(new(id, $"{open} open flag(s) to look at")); continue; }
                if (!availabilities.TryGetValue(report.SupplierId, out var availability))
                    availabilities[report.SupplierId] = availability = await Availability.LoadAsync(unit, report.SupplierId, null);
                var decisions = DefaultDecisions(unit, report, availability, await PackSizesAsync(unit), out var shortLines);
                if (shortLines.Count > 0) { skipped.Add(new(id, $"stock short for {string.Join(", ", shortLines)}")); continue; }
                var given = decisions.ToDictionary(d => d.Line.DrugCode, d => d.Given);
                var facts = await CycleFacts.ForLplpoAsync(unit, report, withGiven: true, submittedOn: unit.SubmittedOn(report), given);
                var flags = StepEvaluation.Run(Steps.IfkReview, thresholds, unit.Today, facts).Where(f => f.Severity != Severity.Info).ToList();
                if (flags.Count > 0) { skipped.Add(new(id, $"review rules raised {string.Join(", ", flags.Select(f => f.Rule).Distinct())}")); continue; }
                if (approved.Count == 0) await Access.RequireAsync(unit, actor.FacilityId ?? "", task.Role ?? "");
                Apply(report, decisions, availability);
                await unit.ResumeAsync(task.Id, "approve", new { acknowledgements = Array.Empty<Acknowledgement>() });
                approved.Add(id);
            }
            return new ApproveManyResult(approved, skipped);
        }, cancellationToken);
    }

    /// <summary>
    /// For the items the supplier cannot give in full to every submitted LPLPO, a proportional share of what it can
    /// give (in whole packs where the pack size is known), largest remainders first.
    /// </summary>
    public Task<IReadOnlyList<AllocationSuggestion>> SuggestAllocationAsync(Actor actor, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            var supplier = actor.FacilityId ?? "";
            await Access.RequireAsync(unit, supplier, CycleRoles.IfkOfficer, CycleRoles.Pharmacist);
            var supplierId = new FacilityId(supplier);
            var waiting = await unit.Db.Lplpos.AsNoTracking().Include(r => r.Lines)
                .Where(r => r.SupplierId == supplierId && r.Status == LplpoStatus.Submitted).ToListAsync(cancellationToken);
            var availability = await Availability.LoadAsync(unit, supplierId, null);
            var packs = await PackSizesAsync(unit);
            var suggestions = new List<AllocationSuggestion>();
            foreach (var item in waiting.SelectMany(r => r.Lines.Where(l => l.Requested > 0).Select(l => (Report: r, Line: l))).GroupBy(x => x.Line.DrugCode))
            {
                var available = availability.Free(item.Key);
                var requested = item.Sum(x => x.Line.Requested);
                if (requested <= available) continue;
                var pack = packs.GetValueOrDefault(item.Key);
                var shares = Proportional(item.Select(x => (x.Report, x.Line.Requested)).ToList(), available, pack is > 1 ? pack.Value : 1);
                suggestions.Add(new AllocationSuggestion(item.Key.Value, available, requested, pack, shares));
            }
            return (IReadOnlyList<AllocationSuggestion>)suggestions.OrderBy(s => s.DrugCode, StringComparer.Ordinal).ToList();
        }, cancellationToken);

    /// <summary>The supplier ships what was given: batches picked FEFO per funding source, an SBBK written, its stock card moved.</summary>
    public Task<LplpoActionResult> ShipAsync(Actor actor, long lplpoId, ShipInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default, int? ifRevision = null)
    {
        Access.Validate(new ShipValidator(), input);
        return _host.RunAsync(actor, $"lplpo.ship/{lplpoId}", idempotencyKey, async unit =>
        {
            var report = await RequireAsync(unit, lplpoId);
            var task = await Access.TaskAsync(unit, report.WorkflowInstanceId!.Value, ShipTask, Describe(report));
            Touch(report, ifRevision);
            var run = await unit.ResumeAsync(task.Id, "ship", new { acknowledgements = input.Acknowledgements ?? [] });
            var note = await Documents.IssueNoteOfAsync(unit, report.Id);
            return await ResultAsync(unit, report, run, note?.Number);
        }, cancellationToken);
    }

    /// <summary>
    /// The requesting facility confirms the SBBK line by line: accepted + rejected = shipped, a reason for any rejection.
    /// Its stock card takes the accepted batches in the same transaction; rejections stay on record as discrepancies.
    /// </summary>
    public Task<LplpoActionResult> ReceiveAsync(Actor actor, long lplpoId, ReceiveInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default, int? ifRevision = null)
    {
        Access.Validate(new ReceiveValidator(), input);
        return _host.RunAsync(actor, $"lplpo.receive/{lplpoId}", idempotencyKey, async unit =>
        {
            var report = await RequireAsync(unit, lplpoId);
            var task = await Access.TaskAsync(unit, report.WorkflowInstanceId!.Value, ReceiveTask, Describe(report));
            Touch(report, ifRevision);
            var note = await Documents.IssueNoteOfAsync(unit, report.Id)
                ?? throw new InvalidOperationException($"LPLPO {report.Id} waits for receipt but has no SBBK");
            var given = (input.Lines ?? []).Select((l, i) => (Line: l, Index: i)).ToList();
            var errors = new List<CommandError>();
            var known = note.Lines.ToDictionary(l => l.Id);
            foreach (var (line, index) in given)
            {
                if (!known.TryGetValue(line.IssueLineId, out var shipped))
                    errors.Add(new($"lines[{index}].issueLineId", $"{note.Number} has no line {line.IssueLineId}"));
                else if (line.Accepted + line.Rejected != shipped.Quantity)
                    errors.Add(new($"lines[{index}]", $"accepted {line.Accepted} + rejected {line.Rejected} must equal the {shipped.Quantity} shipped of {shipped.DrugCode} batch {shipped.Batch}"));
            }
            if (errors.Count > 0) throw new CommandRejectedException(errors);
            var byLine = given.ToDictionary(g => g.Line.IssueLineId, g => g.Line);
            var receipt = new GoodsReceipt { IssueNoteId = note.Id, ReceivedBy = actor.UserId, ReceivedAt = unit.Now, Note = input.Note };
            foreach (var shipped in note.Lines.OrderBy(l => l.Id))
            {
                var line = byLine.GetValueOrDefault(shipped.Id) ?? new ReceiptLineInput(shipped.Id, shipped.Quantity);
                receipt.Lines.Add(new GoodsReceiptLine { IssueNoteLineId = shipped.Id, Accepted = line.Accepted, Rejected = line.Rejected, Reason = line.Reason?.Trim() });
                if (line.Accepted == 0) continue;
                var batch = new BatchBalance(shipped.DrugCode, shipped.Batch, shipped.Expiry, shipped.FundSource, 0, shipped.UnitPrice);
                Ledger.Add(unit.Db, note.ToId, batch, MovementKind.Receipt, line.Accepted, unit.Today, note.FromId, note.Number,
                    line.Rejected > 0 ? $"{line.Rejected} rejected: {line.Reason}" : null, actor.UserId, unit.Now);
            }
            unit.Db.Receipts.Add(receipt);
            var run = await unit.ResumeAsync(task.Id, "confirm", new { acknowledgements = input.Acknowledgements ?? [] });
            return await ResultAsync(unit, report, run, note.Number);
        }, cancellationToken);
    }

    /// <summary>
    /// What the step's rules would raise now, without storing anything: the lplpo rules for a draft, the ifk-review rules
    /// for a submitted LPLPO (with the lines as requested unless reviewed). For the form to show before the action.
    /// </summary>
    public Task<IReadOnlyList<FlagView>> CheckAsync(Actor actor, long lplpoId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            var report = await RequireAsync(unit, lplpoId);
            await Access.RequireKnownAsync(unit);
            if (actor.FacilityId != report.FacilityId.Value && actor.FacilityId != report.SupplierId.Value)
                throw new NotFoundException($"no LPLPO {lplpoId}");
            var thresholds = await unit.ThresholdsAsync();
            var draft = report.Status is LplpoStatus.Draft or LplpoStatus.Returned;
            var step = draft ? Steps.Lplpo : Steps.IfkReview;
            var submitted = draft ? unit.Today : unit.SubmittedOn(report);
            var given = report.Status == LplpoStatus.Submitted ? report.Lines.ToDictionary(l => l.DrugCode, l => l.Requested) : null;
            var facts = await CycleFacts.ForLplpoAsync(unit, report, withGiven: !draft, submittedOn: submitted, given);
            return (IReadOnlyList<FlagView>)StepEvaluation.Run(step, thresholds, unit.Today, facts)
                .Select(f => new FlagView(0, f.Rule, f.Severity, f.Step, f.Facility.Value, f.DrugCode?.Value, f.Period?.ToString(), f.Subject,
                    f.Message, FlagStatus.Open, null, null, f.ThresholdVersion))
                .ToList();
        }, cancellationToken);

    /// <summary>Acknowledges one stored warning with a reason (the flag stays on record as acknowledged, by whom and why).</summary>
    public Task<FlagView> AcknowledgeAsync(Actor actor, long flagId, AcknowledgeInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new AcknowledgeValidator(), input);
        return _host.RunAsync(actor, "flag.acknowledge", null, async unit =>
        {
            var flag = await unit.Db.Flags.SingleOrDefaultAsync(f => f.Id == flagId, cancellationToken) ?? throw new NotFoundException($"no flag {flagId}");
            await Access.RequireKnownAsync(unit);
            var report = flag.WorkflowInstanceId is { } instance
                ? await unit.Db.Lplpos.AsNoTracking().SingleOrDefaultAsync(r => r.WorkflowInstanceId == instance, cancellationToken)
                : null;
            var mayAct = actor.FacilityId == flag.FacilityId.Value || (report is not null && actor.FacilityId == report.SupplierId.Value);
            if (!mayAct) throw new AccessDeniedException($"flag {flagId} is about {flag.FacilityId}, not {actor.FacilityId}");
            if (flag.Severity == Severity.Error) throw new CommandRejectedException("flag", "an error cannot be acknowledged; fix what it points at");
            if (flag.Status != FlagStatus.Open) throw new CommandRejectedException("flag", $"flag {flagId} is already {flag.Status.ToString().ToLowerInvariant()}");
            flag.Status = FlagStatus.Acknowledged;
            flag.AcknowledgedBy = actor.UserId;
            flag.AcknowledgedAt = unit.Now;
            flag.AcknowledgeReason = input.Reason.Trim();
            return FlagView.Of(flag);
        }, cancellationToken);
    }

    private static string Describe(LplpoReport report) =>
        $"LPLPO {report.Id} ({report.FacilityId} {report.Period}{(report.Kind == LplpoKind.Emergency ? " emergency" : "")}, {report.Status.ToString().ToLowerInvariant()})";

    private static async Task<LplpoReport> RequireAsync(CycleUnit unit, long id) =>
        await Documents.LplpoAsync(unit, id) is { WorkflowInstanceId: not null } report ? report : throw new NotFoundException($"no LPLPO {id}");

    /// <summary>
    /// Marks the LPLPO as changed by this command: its revision goes up (a concurrency token, so of two commands that read
    /// the same revision only the first commits). With <paramref name="ifRevision"/>, a caller that saw an older one is refused.
    /// </summary>
    private static void Touch(LplpoReport report, int? ifRevision)
    {
        if (ifRevision is { } seen && seen != report.Revision)
            throw new StaleDocumentException($"{Describe(report)} is at revision {report.Revision}, not {seen}: someone changed it since it was read");
        report.Revision++;
    }

    private static async Task<LplpoReport> EditableAsync(CycleUnit unit, long id)
    {
        var report = await RequireAsync(unit, id);
        if (report.Status is not (LplpoStatus.Draft or LplpoStatus.Returned))
            throw new CommandRejectedException("", $"{Describe(report)} can no longer be changed");
        return report;
    }

    private static async Task ApplyDraftLinesAsync(CycleUnit unit, LplpoReport report, IReadOnlyList<DraftLine> lines, string field)
    {
        var drugs = (await unit.Db.Drugs.AsNoTracking().Select(d => d.Code).ToListAsync()).ToHashSet();
        var thresholds = await unit.ThresholdsAsync();
        var errors = new List<CommandError>();
        for (var i = 0; i < lines.Count; i++)
        {
            var input = lines[i];
            var code = new DrugCode(input.DrugCode.Trim());
            var line = report.Lines.FirstOrDefault(l => l.DrugCode == code);
            if (line is null)
            {
                if (!drugs.Contains(code)) { errors.Add(new($"{field}[{i}].drugCode", $"no item {code} in the drug catalog")); continue; }
                line = new LplpoItem { LplpoId = report.Id, DrugCode = code };
                if (report.Kind == LplpoKind.Emergency)
                {
                    line.Opening = (await Ledger.BalancesAsync(unit.Db, report.FacilityId)).Where(b => b.DrugCode == code).Sum(b => b.Quantity);
                    line.Closing = line.Opening;
                }
                report.Lines.Add(line);
            }
            if (input.StockoutDays is { } days && days > report.Period.Days)
            {
                errors.Add(new($"{field}[{i}].stockoutDays", $"{report.Period} has only {report.Period.Days} days"));
                continue;
            }
            var stockChanged = input.Used is not null || input.Lost is not null;
            line.Used = input.Used ?? line.Used;
            line.Lost = input.Lost ?? line.Lost;
            line.StockoutDays = input.StockoutDays ?? line.StockoutDays;
            line.Closing = input.Closing ?? (stockChanged ? LplpoArithmetic.Closing(line.Opening, line.Received, line.Used, line.Lost) : line.Closing);
            if (line.Closing < 0) errors.Add(new($"{field}[{i}].used", $"use and losses exceed the {line.Opening + line.Received} in stock and received"));
            if (input.Requested is { } requested) line.Requested = requested;
            else if (line.Optimum is { } optimum && report.Kind == LplpoKind.Regular) line.Requested = LplpoArithmetic.DefaultRequest(optimum, line.Closing);
            if (input.Note is not null) line.Note = input.Note.Trim().Length == 0 ? null : input.Note.Trim();
        }
        _ = thresholds;
        if (errors.Count > 0) throw new CommandRejectedException(errors);
    }

    private sealed record Decision(LplpoItem Line, long Given, IReadOnlyList<SourceQuantity> Sources, AdjustmentReason? Reason, string? Note);

    private async Task ApplyReviewAsync(CycleUnit unit, LplpoReport report, IReadOnlyList<ReviewLine> lines, Availability availability)
    {
        var errors = new List<CommandError>();
        var packs = await PackSizesAsync(unit);
        var byCode = report.Lines.ToDictionary(l => l.DrugCode);
        var explicitLines = new Dictionary<DrugCode, (ReviewLine Line, int Index)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var code = new DrugCode(lines[i].DrugCode.Trim());
            if (!byCode.ContainsKey(code)) errors.Add(new($"lines[{i}].drugCode", $"{Describe(report)} has no line {code}"));
            else explicitLines[code] = (lines[i], i);
        }
        var decisions = new List<Decision>();
        foreach (var line in report.Lines.OrderBy(l => l.DrugCode.Value, StringComparer.Ordinal))
        {
            var hasInput = explicitLines.TryGetValue(line.DrugCode, out var input);
            var field = hasInput ? $"lines[{input.Index}]" : $"lines[{line.DrugCode}]";
            var (given, autoReason, autoNote) = hasInput && input.Line.Given is { } g ? (g, (AdjustmentReason?)null, (string?)null) : AsRequested(line, packs);
            var reason = hasInput ? input.Line.ReasonCategory ?? autoReason : autoReason;
            var note = hasInput ? input.Line.Note ?? autoNote : autoNote;
            if (given != line.Requested && reason is null)
            {
                errors.Add(new($"{field}.reasonCategory", $"{line.DrugCode}: {given} given against {line.Requested} requested needs a reason category"));
                continue;
            }
            IReadOnlyList<SourceQuantity>? sources = hasInput ? input.Line.Sources : null;
            if (sources is not null && sources.Sum(s => s.Quantity) != given)
            {
                errors.Add(new($"{field}.sources", $"{line.DrugCode}: the funding sources add up to {sources.Sum(s => s.Quantity)}, not the {given} given"));
                continue;
            }
            if (sources is null && !(hasInput && input.Line.Given is not null) && given != line.Requested && availability.Split(line.DrugCode, given) is null)
            {
                // Whole packs would exceed what can be given: give what was asked for instead.
                (given, reason, note) = (line.Requested, hasInput ? input.Line.ReasonCategory : null, hasInput ? input.Line.Note : null);
            }
            if (sources is null)
            {
                sources = availability.Split(line.DrugCode, given);
                if (sources is null)
                {
                    errors.Add(new($"{field}.given", $"{line.DrugCode}: {given} given but only {availability.Free(line.DrugCode)} can be given " +
                        "(shippable stock less what approved LPLPOs hold); see the proportional suggestion"));
                    continue;
                }
            }
            else
            {
                foreach (var s in sources.Where(s => s.Quantity > availability.Free(line.DrugCode, s.Source)))
                    errors.Add(new($"{field}.sources.{s.Source}", $"{line.DrugCode}: {s.Quantity} from {s.Source} but only {availability.Free(line.DrugCode, s.Source)} can be given"));
            }
            decisions.Add(new Decision(line, given, sources.Where(s => s.Quantity > 0).ToList(), reason, note));
        }
        if (errors.Count > 0) throw new CommandRejectedException(errors);
        Apply(report, decisions, availability);
    }

    /// <summary>Every line as requested (in whole packs), for batch approval; lines the stock cannot cover are named.</summary>
    private static List<Decision> DefaultDecisions(CycleUnit unit, LplpoReport report, Availability availability, IReadOnlyDictionary<DrugCode, int?> packs, out List<string> shortLines)
    {
        _ = unit;
        shortLines = [];
        var decisions = new List<Decision>();
        foreach (var line in report.Lines.OrderBy(l => l.DrugCode.Value, StringComparer.Ordinal))
        {
            var (given, reason, note) = AsRequested(line, packs);
            var sources = availability.Split(line.DrugCode, given);
            if (sources is null && given != line.Requested)
            {
                (given, reason, note) = (line.Requested, null, null);
                sources = availability.Split(line.DrugCode, given);
            }
            if (sources is null) { shortLines.Add(line.DrugCode.Value); continue; }
            decisions.Add(new Decision(line, given, sources, reason, note));
        }
        return decisions;
    }

    private static void Apply(LplpoReport report, IReadOnlyList<Decision> decisions, Availability availability)
    {
        _ = report;
        foreach (var decision in decisions)
        {
            var line = decision.Line;
            line.Given.Clear();
            foreach (var source in decision.Sources)
            {
                line.Given.Add(new LplpoGiven { LplpoId = line.LplpoId, DrugCode = line.DrugCode, FundSource = source.Source, Quantity = source.Quantity });
                availability.Take(line.DrugCode, source.Source, source.Quantity);
            }
            line.ReasonCategory = decision.Given == line.Requested ? null : decision.Reason;
            line.Note = decision.Given == line.Requested && decision.Reason is null ? line.Note : decision.Note;
        }
    }

    /// <summary>The request, rounded to whole packs when the pack size is known (at least one pack), with the reason when rounding changed it.</summary>
    private static (long Given, AdjustmentReason? Reason, string? Note) AsRequested(LplpoItem line, IReadOnlyDictionary<DrugCode, int?> packs)
    {
        if (line.Requested <= 0 || packs.GetValueOrDefault(line.DrugCode) is not > 1) return (line.Requested, null, null);
        var pack = packs[line.DrugCode]!.Value;
        var rounded = Math.Max(pack, (long)Math.Round((decimal)line.Requested / pack, MidpointRounding.AwayFromZero) * pack);
        return rounded == line.Requested ? (rounded, null, null) : (rounded, AdjustmentReason.PackRounding, $"rounded to whole packs of {pack}");
    }

    private static async Task<IReadOnlyDictionary<DrugCode, int?>> PackSizesAsync(CycleUnit unit) =>
        await unit.Db.Drugs.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.PackSize);

    private static IReadOnlyList<AllocationShare> Proportional(IReadOnlyList<(LplpoReport Report, long Requested)> requests, long available, int pack)
    {
        var packsAvailable = available / pack;
        var total = requests.Sum(r => r.Requested);
        var exact = requests.Select(r => (r.Report, r.Requested, Share: total == 0 ? 0m : (decimal)packsAvailable * r.Requested / total)).ToList();
        var whole = exact.Select(e => (long)Math.Floor(e.Share)).ToArray();
        var left = packsAvailable - whole.Sum();
        foreach (var i in Enumerable.Range(0, exact.Count).OrderByDescending(i => exact[i].Share - whole[i]).ThenBy(i => exact[i].Report.FacilityId.Value, StringComparer.Ordinal))
        {
            if (left <= 0) break;
            whole[i]++;
            left--;
        }
        return exact.Select((e, i) => new AllocationShare(e.Report.Id, e.Report.FacilityId.Value, e.Requested, Math.Min(e.Requested, whole[i] * pack)))
            .OrderBy(s => s.FacilityId, StringComparer.Ordinal).ToList();
    }

    private static async Task<LplpoActionResult> ResultAsync(CycleUnit unit, LplpoReport report, WorkflowRunResult? run, string? issueNote = null)
    {
        var instanceId = report.WorkflowInstanceId!.Value;
        // Save inside the command's transaction first, so the flags this action raised come back with their ids.
        await unit.SaveAsync();
        // The flags of the steps this action recorded are all at hand; only the instance's others are read back.
        var scopes = unit.RecordedFlags.Where(s => s.InstanceId == instanceId).ToList();
        var tracked = unit.Db.ChangeTracker.Entries<FlagRecord>().Select(e => e.Entity)
            .Where(f => f.WorkflowInstanceId == instanceId && scopes.Any(s => s.Step == f.Step && (s.Rules is null || s.Rules.Contains(f.Rule))))
            .ToList();
        var others = unit.Db.Flags.AsNoTracking().Where(f => f.WorkflowInstanceId == instanceId && f.Status != FlagStatus.Resolved);
        foreach (var scope in scopes)
        {
            var step = scope.Step;
            others = scope.Rules is null
                ? others.Where(f => f.Step != step)
                : others.Where(f => f.Step != step || !EF.Constant(scope.Rules.ToArray()).Contains(f.Rule));
        }
        var stored = await others.Select(FlagView.Stored).ToListAsync();
        var flags = tracked.Where(f => f.Status != FlagStatus.Resolved).Select(FlagView.Of)
            .Concat(stored)
            .OrderBy(f => f.Step, StringComparer.Ordinal).ThenBy(f => f.DrugCode ?? "", StringComparer.Ordinal).ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
        var waiting = run is not null
            ? run.Tasks.Select(t => t.Name).ToList()
            : (await unit.Store.BookmarksAsync(instanceId)).Where(b => b.Kind == BookmarkKind.HumanTask).Select(b => b.Name).ToList();
        return new LplpoActionResult(report.Id, instanceId, report.Status.ToString().ToLowerInvariant(), flags, waiting, issueNote, report.Revision);
    }
}
