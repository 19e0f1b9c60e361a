using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Cycle;

/// <summary>Changed threshold values and why: the administrator's edit. Unnamed values keep their current value.</summary>
public sealed record ReviseThresholdsInput(IReadOnlyDictionary<string, decimal> Values, string Reason);

/// <summary>One revision as the history shows it.</summary>
public sealed record ThresholdRevisionView(long Id, string Version, string ChangedBy, DateTimeOffset ChangedAt, string Reason, IReadOnlyDictionary<string, decimal> Values);

/// <summary>The threshold set in force and its history; administrators revise it (never in place: each revision is kept).</summary>
public sealed class ThresholdCommands
{
    private readonly CycleHost _host;

    internal ThresholdCommands(CycleHost host) => _host = host;

    /// <summary>The set in force now: the newest revision, or the shipped defaults.</summary>
    public Task<ThresholdSet> CurrentAsync(Actor actor, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            return await unit.ThresholdsAsync();
        }, cancellationToken);

    /// <summary>Every revision, newest first (who, when, why, the whole set).</summary>
    public Task<IReadOnlyList<ThresholdRevisionView>> HistoryAsync(Actor actor, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            var revisions = await unit.Db.ThresholdRevisions.AsNoTracking().Where(r => r.ScopeId == null).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
            return (IReadOnlyList<ThresholdRevisionView>)revisions
                .Select(r => new ThresholdRevisionView(r.Id, r.Version, r.ChangedBy, r.ChangedAt, r.Reason,
                    ThresholdSet.Parse(r.Json, _host.DefaultThresholds).Values.ToDictionary()))
                .ToList();
        }, cancellationToken);

    /// <summary>
    /// Saves a new revision with the changed values (checked like a thresholds file: known names, possible values,
    /// consistent windows), versioned <c>rev-N</c>. Rules evaluated from now on use it and name it in their flags.
    /// </summary>
    /// <remarks>
    /// With <paramref name="ifVersion"/>, the revision is refused as stale (nothing written) unless the set in force is
    /// still that version: an administrator who edited an older set does not silently undo a colleague's change.
    /// </remarks>
    public Task<ThresholdRevisionView> ReviseAsync(Actor actor, ReviseThresholdsInput input, CancellationToken cancellationToken = default, string? ifVersion = null)
    {
        Access.Validate(new ReviseThresholdsValidator(), input);
        return _host.RunAsync(actor, "thresholds.revise", null, async unit =>
        {
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
            var current = await unit.ThresholdsAsync();
            if (ifVersion is not null && ifVersion != current.Version)
                throw new StaleDocumentException($"the thresholds in force are {current.Version}, not {ifVersion}: someone revised them since they were read");
            var count = await unit.Db.ThresholdRevisions.CountAsync(cancellationToken);
            var version = $"rev-{count + 1}";
            ThresholdSet revised;
            try
            {
                revised = current.With(version, input.Values);
            }
            catch (ThresholdException e)
            {
                throw new CommandRejectedException("values", e.Message);
            }
            var revision = new ThresholdRevision
            {
                Version = version,
                Json = revised.ToJson(),
                ChangedBy = actor.UserId,
                ChangedAt = unit.Now,
                Reason = input.Reason.Trim(),
            };
            unit.Db.ThresholdRevisions.Add(revision);
            return new ThresholdRevisionView(0, version, actor.UserId, unit.Now, revision.Reason, revised.Values.ToDictionary());
        }, cancellationToken);
    }

    /// <summary>
    /// What a change would do before it is saved (writes nothing): every open LPLPO (draft, submitted, returned) and every
    /// LPLPO of the last 12 months (approved or closed) evaluated at its lplpo and ifk-review steps under the set in force
    /// and under the proposed one, and the flags that would appear and disappear, counted by rule, facility and item.
    /// The values are checked as a revision's are (known names, possible values, consistent windows). Administrators only.
    /// </summary>
    public Task<WhatIfResult> WhatIfAsync(Actor actor, WhatIfInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new WhatIfValidator(), input);
        return _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
            var current = await unit.ThresholdsAsync();
            ThresholdSet proposed;
            try
            {
                proposed = current.With($"{current.Version}+what-if", input.Values);
            }
            catch (ThresholdException e)
            {
                throw WhatIfValidator.Refusal(e.Message);
            }
            var scope = await ThresholdWhatIfFacts.LoadAsync(unit, cancellationToken);
            return ThresholdWhatIf.Compare(scope, current, proposed);
        }, cancellationToken);
    }
}

internal sealed class ReviseThresholdsValidator : AbstractValidator<ReviseThresholdsInput>
{
    public ReviseThresholdsValidator()
    {
        RuleFor(x => x.Values).NotEmpty().WithMessage("name at least one threshold to change");
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r) && r.Trim().Length >= 5)
            .WithMessage("say why the thresholds change (at least 5 characters)")
            .MaximumLength(InputRules.MaxText).WithMessage($"at most {InputRules.MaxText} characters");
    }
}
