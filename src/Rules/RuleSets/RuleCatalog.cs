using System.Collections.Concurrent;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Engine.Runtime;
using Requisition.Rules.RuleSets.Derived;
using Requisition.Rules.RuleSets.Distribution;
using Requisition.Rules.RuleSets.Formulary;
using Requisition.Rules.RuleSets.Planning;
using Requisition.Rules.RuleSets.Review;
using Requisition.Rules.RuleSets.Stock;

namespace Requisition.Rules.RuleSets;

/// <summary>Every product rule, and the compiled rule set of each step (compiled once per process).</summary>
public static class RuleCatalog
{
    private static readonly ConcurrentDictionary<string, RuleSet> Compiled = new(StringComparer.Ordinal);

    public static IReadOnlyList<Rule> All { get; } =
    [
        new DeriveUsageProfile(),
        new DeriveStockPosition(),
        new DeriveStockPositionWithoutHistory(),
        new DeriveAnnualPlanComparison(),
        new DeriveMonthlyPlanComparison(),
        new DerivePricedRkoLine(),
        new DeriveBatchQueue(),
        new DeriveShipmentPick(),
        new NotOnFornas(),
        new NotOnDoen(),
        new NonGeneric(),
        new DuplicateItem(),
        new BalanceError(),
        new StockOut(),
        new ShortStock(),
        new ExcessStock(),
        new NearExpiry(),
        new Expired(),
        new DeadStock(),
        new PlanDeviation(),
        new RequestDeviation(),
        new ApprovalDeviation(),
        new NotFefo(),
        new ReceiptMismatch(),
        new LateLplpo(),
        new BudgetShortfall(),
    ];

    /// <summary>The flag rules (not derivations), for listings and administrators.</summary>
    public static IEnumerable<RuleInfo> FlagRules => All.OfType<FlagRule>().Select(r => r.Info);

    /// <summary>The compiled rule set of a step (see <see cref="Steps"/>).</summary>
    public static RuleSet ForStep(string step)
    {
        if (!Steps.All.Contains(step, StringComparer.Ordinal))
            throw new ArgumentException($"Unknown step '{step}'; expected one of {string.Join(", ", Steps.All)}.", nameof(step));
        return Compiled.GetOrAdd(step, s => RuleSet.Compile(All, s));
    }
}
