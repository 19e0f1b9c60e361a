using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Workflows.Cycle;

/// <summary>
/// Runs the steps of a <see cref="WhatIfScope"/> under the set in force and under the proposed one with the workflow's own
/// rule sets (<see cref="StepEvaluation"/>), and tells the flags apart by what they are about (rule, facility, item,
/// period, subject) within each scope: those only the proposed set raises appear, those only the set in force raises
/// disappear. A flag raised at both steps of an LPLPO, or on several LPLPOs (a flag about an item and no period), counts once.
/// </summary>
internal static class ThresholdWhatIf
{
    private static readonly string[] Scopes = [WhatIfFlag.Open, WhatIfFlag.Past];

    public static WhatIfResult Compare(WhatIfScope scope, ThresholdSet current, ThresholdSet proposed)
    {
        var before = Raise(scope.Steps, current);
        var after = Raise(scope.Steps, proposed);
        var flags = new List<WhatIfFlag>();
        foreach (var name in Scopes)
        {
            var was = before.GetValueOrDefault(name) ?? [];
            var will = after.GetValueOrDefault(name) ?? [];
            flags.AddRange(will.Where(f => !was.ContainsKey(f.Key)).Select(f => Of(WhatIfFlag.Appears, name, f.Value)));
            flags.AddRange(was.Where(f => !will.ContainsKey(f.Key)).Select(f => Of(WhatIfFlag.Disappears, name, f.Value)));
        }
        var ordered = flags
            .OrderBy(f => f.Scope == WhatIfFlag.Open ? 0 : 1)
            .ThenBy(f => f.Change == WhatIfFlag.Appears ? 0 : 1)
            .ThenBy(f => f.FacilityId, StringComparer.Ordinal)
            .ThenBy(f => f.DrugCode ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Period ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Subject ?? "", StringComparer.Ordinal)
            .ToList();
        var changed = proposed.Values.Where(v => current.Values.GetValueOrDefault(v.Key) != v.Value)
            .OrderBy(v => v.Key, StringComparer.Ordinal).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return new WhatIfResult(current.Version, changed, scope.OpenLplpos, scope.PastLplpos, scope.PastFrom, scope.PastTo,
            Count(ordered, f => f.Rule), Count(ordered, f => f.FacilityId), Count(ordered, f => f.DrugCode),
            ordered.Take(WhatIfResult.MaxFlags).ToList(), ordered.Count)
        {
            ByScope = Scopes.Select(s => new WhatIfCount(s,
                ordered.Count(f => f.Scope == s && f.Change == WhatIfFlag.Appears),
                ordered.Count(f => f.Scope == s && f.Change == WhatIfFlag.Disappears))).ToList(),
            Notes = Notes(scope),
        };
    }

    /// <summary>How the steps were evaluated, for whoever reads the result.</summary>
    public static IReadOnlyList<string> Notes(WhatIfScope scope) =>
    [
        $"Open LPLPOs (draft, submitted, returned): drafts and returned ones at the lplpo step as of today ({scope.Today:yyyy-MM-dd}); "
            + "submitted ones at the lplpo step as of their submission day and at the ifk-review step as of today, each line given as requested; "
            + "with the stock card's batches as they are today.",
        $"Past months {scope.PastFrom}..{scope.PastTo}: the approved and closed LPLPOs at the lplpo step as of their submission day "
            + "and at the ifk-review step as of their review day, with the quantities given. The batch rules (NEAR_EXPIRY, EXPIRED) are "
            + "left out for past months: the stock card of a past month is not reconstructed.",
        "Both sets see the same facts: the stock history (the stored LPLPOs of the 12 months before each), today's catalog, prices, "
            + "reference lists and confirmed mappings. Only the thresholds differ.",
        "A flag counts once per scope (open, past) by what it is about (rule, facility, item, period, subject), however many steps "
            + "or LPLPOs raise it; a flag whose severity or message changes but that stays raised is not counted.",
    ];

    /// <summary>What a step raised, with the LPLPO it was raised on.</summary>
    private sealed record Raised(Flag Flag, WhatIfStep Step);

    /// <summary>The flags every step raises under <paramref name="thresholds"/>, by scope and key; the first step listed wins a key.</summary>
    private static Dictionary<string, Dictionary<(string, string, string?, string?, string?), Raised>> Raise(IReadOnlyList<WhatIfStep> steps, ThresholdSet thresholds)
    {
        var raised = new IReadOnlyList<Flag>[steps.Count];
        // Each step is its own rule session over facts nobody changes: they run side by side.
        Parallel.For(0, steps.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => raised[i] = StepEvaluation.Run(steps[i].Step, thresholds, steps[i].AsOf, steps[i].Facts));
        var byScope = new Dictionary<string, Dictionary<(string, string, string?, string?, string?), Raised>>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            if (!byScope.TryGetValue(steps[i].Scope, out var keyed)) byScope[steps[i].Scope] = keyed = [];
            foreach (var flag in raised[i]) keyed.TryAdd(Key(flag), new Raised(flag, steps[i]));
        }
        return byScope;
    }

    /// <summary>What a flag is about: rule, facility, item, period, subject (as the flag book tells flags apart).</summary>
    public static (string, string, string?, string?, string?) Key(Flag flag) =>
        (flag.Rule, flag.Facility.Value, flag.DrugCode?.Value, flag.Period?.ToString(), flag.Subject);

    private static WhatIfFlag Of(string change, string scope, Raised raised)
    {
        var f = raised.Flag;
        return new WhatIfFlag(change, scope, f.Rule, f.Severity.ToString().ToLowerInvariant(), f.Facility.Value, f.DrugCode?.Value,
            f.Period?.ToString(), f.Subject, raised.Step.Report.Id, f.Message) { Step = raised.Step.Step };
    }

    private static IReadOnlyList<WhatIfCount> Count(IReadOnlyList<WhatIfFlag> flags, Func<WhatIfFlag, string?> key) => flags
        .Where(f => key(f) is not null)
        .GroupBy(f => key(f)!, StringComparer.Ordinal)
        .Select(g => new WhatIfCount(g.Key, g.Count(f => f.Change == WhatIfFlag.Appears), g.Count(f => f.Change == WhatIfFlag.Disappears)))
        .OrderByDescending(c => c.Appear + c.Disappear)
        .ThenBy(c => c.Key, StringComparer.Ordinal)
        .ToList();
}
