using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.Planning;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Stock;

/// <summary>A reported closing stock (sisa stok) that is not opening + received - used - lost.</summary>
public sealed class BalanceError : FlagRule
{
    public const string Id = "BALANCE_ERROR";

    public override RuleInfo Info { get; } = Describe(Id, "Balance error",
        "Closing stock must equal opening stock + received - used - lost.", Severity.Error, Steps.Lplpo);

    public override void Define(RuleBuilder rule) => rule
        .Match<LplpoLine>(l => l.Closing != LplpoArithmetic.Closing(l.Opening, l.Received, l.Used, l.Lost))
        .Join<ThresholdSet>().All()
        .Then((ctx, line, thresholds) =>
        {
            var expected = LplpoArithmetic.Closing(line.Opening, line.Received, line.Used, line.Lost);
            ctx.Flag(thresholds).For(line.Key).In(line.Period)
                .Evidence("opening", line.Opening).Evidence("received", line.Received)
                .Evidence("used", line.Used).Evidence("lost", line.Lost)
                .Evidence("closing_reported", line.Closing).Evidence("closing_expected", expected)
                .Raise($"Closing stock {line.Closing} should be {expected} " +
                       $"({line.Opening} + {line.Received} - {line.Used} - {line.Lost}).");
        });
}
