using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets.Derived;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Planning;

/// <summary>
/// Planned quantity against real use outside the acceptable band (planned/used 100-120 %) by a deviation
/// |planned/used - 100 %| that is no longer good: under 20 % is good (no flag), 20-30 % tolerable
/// (information), over 30 % poor (a warning) (Rintanantasari, Fudholi and Satibi 2021, via seed 003).
/// </summary>
public sealed class PlanDeviation : FlagRule
{
    public const string Id = "PLAN_DEVIATION";

    public override RuleInfo Info { get; } = Describe(Id, "Planning deviation",
        "Planned vs used within 100-120 %; deviation < 20 % good, 20-30 % tolerable, > 30 % poor.",
        Severity.Warning, Steps.Rko, Steps.Lplpo);

    public override void Define(RuleBuilder rule) => rule
        .Match<PlanComparison>(c => c.Planned > 0 || c.Used > 0)
        .Join<ThresholdSet>().All()
        .Where((c, t) => Accuracy(c) is not { } a
            || ((a < t.PlanAccuracyMinPct || a > t.PlanAccuracyMaxPct) && Math.Abs(a - 100m) >= t.PlanDeviationTolerablePct))
        .Then((ctx, comparison, thresholds) =>
        {
            var accuracy = Accuracy(comparison);
            var deviation = accuracy is { } a ? Math.Abs(a - 100m) : (decimal?)null;
            var band = deviation is { } d && d <= thresholds.PlanDeviationPoorPct ? "tolerable" : "poor";
            var draft = ctx.Flag(thresholds).For(comparison.Key)
                .WithSeverity(band == "poor" ? Severity.Warning : Severity.Info)
                .Evidence("planned", comparison.Planned)
                .Evidence("used", comparison.Used)
                .Evidence("accuracy_pct", accuracy)
                .Evidence("deviation_pct", deviation)
                .Evidence("band", band)
                .Evidence("basis", comparison.Basis)
                .Threshold(ThresholdNames.PlanAccuracyMinPct).Threshold(ThresholdNames.PlanAccuracyMaxPct)
                .Threshold(ThresholdNames.PlanDeviationTolerablePct).Threshold(ThresholdNames.PlanDeviationPoorPct);
            if (comparison.Period is { } period) draft.In(period);
            draft.Raise(accuracy is { } value
                ? $"Planned {Fmt.N(comparison.Planned)} is {Fmt.N(value)} % of the {Fmt.N(comparison.Used)} used " +
                  $"(acceptable {Fmt.N(thresholds.PlanAccuracyMinPct)}-{Fmt.N(thresholds.PlanAccuracyMaxPct)} %): deviation {band}."
                : $"Planned {Fmt.N(comparison.Planned)} but nothing was used ({comparison.Basis}).");
        });

    /// <summary>Planning accuracy (ketepatan perencanaan) = planned / used x 100; null when nothing was used.</summary>
    public static decimal? Accuracy(PlanComparison c) => c.Used > 0 ? c.Planned / c.Used * 100m : null;
}
