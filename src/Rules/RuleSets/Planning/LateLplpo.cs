using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Planning;

/// <summary>
/// An LPLPO that reached (or will reach) the IFK after the due day of the month after its period. A draft
/// not yet submitted counts from the as-of date.
/// </summary>
public sealed class LateLplpo : FlagRule
{
    public const string Id = "LATE_LPLPO";

    public override RuleInfo Info { get; } = Describe(Id, "Late LPLPO",
        "The LPLPO is due by a set day of the following month.", Severity.Warning, Steps.Lplpo, Steps.IfkReview);

    public override void Define(RuleBuilder rule) => rule
        .Match<LplpoDocument>()
        .Join<EvaluationDate>().All()
        .Join<ThresholdSet>().All()
        .Where((doc, date, t) => (doc.SubmittedOn ?? date.Today) > DueDate(doc.Period, t))
        .Then((ctx, doc, date, thresholds) =>
        {
            var due = DueDate(doc.Period, thresholds);
            var on = doc.SubmittedOn ?? date.Today;
            var days = on.DayNumber - due.DayNumber;
            ctx.Flag(thresholds).For(doc.Facility).In(doc.Period)
                .Evidence("due", due)
                .Evidence(doc.SubmittedOn is null ? "as_of" : "submitted", on)
                .Evidence("days_late", days)
                .Threshold(ThresholdNames.LplpoDueDay)
                .Raise(doc.SubmittedOn is null
                    ? $"LPLPO {doc.Period} was due {due:yyyy-MM-dd} and is not submitted yet ({days} days late)."
                    : $"LPLPO {doc.Period} submitted {on:yyyy-MM-dd}, {days} days after the due date {due:yyyy-MM-dd}.");
        });

    /// <summary>The due date: the due day of the month after the period.</summary>
    public static DateOnly DueDate(Period period, ThresholdSet t) => period.AddMonths(1).FirstDay.AddDays(t.LplpoDueDay - 1);
}
