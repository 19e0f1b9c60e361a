using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Cycle.Planning.Activities;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Cycle.Planning.Facts;

/// <summary>
/// The facts of the formulary and rko steps, registered with <see cref="StepFactSources"/> before any definition is
/// checked (the planning activities' static constructors call <see cref="EnsureRegistered"/>, and the registry builds
/// them before the catalog loads the files).
/// </summary>
internal static class PlanningFactSources
{
    /// <summary>The facts' name in a RunRules activity (the default of each step).</summary>
    public const string Formulary = "formulary";
    public const string Rko = "rko";

    // A static field's initializer runs exactly once, thread-safely, before the first read.
    private static readonly bool Registered = Register();

    public static void EnsureRegistered() => _ = Registered;

    private static bool Register()
    {
        StepFactSources.Register(Steps.Formulary, Formulary, FormularyAsync, isDefault: true);
        StepFactSources.Register(Steps.Rko, Rko, RkoAsync, isDefault: true);
        return true;
    }

    /// <summary>The formulary's items as catalog entries at its own prices, and their place on FORNAS and DOEN.</summary>
    private static async Task<IReadOnlyList<object>> FormularyAsync(CycleUnit unit, WorkflowInstance instance)
    {
        var formulary = await PlanDocuments.FormularyOfAsync(unit, instance.Id);
        var prices = formulary.Items.ToDictionary(i => i.DrugCode, i => i.UnitPrice);
        var items = (await CycleFacts.CatalogAsync(unit, formulary.FacilityId, prices.Keys))
            .Select(i => i with { Price = prices[i.DrugCode] })
            .ToList();
        var facts = new List<object>(items.Count * 2);
        facts.AddRange(items);
        facts.AddRange(await unit.Host.References.StatusesAsync(unit.Db, items, default));
        return facts;
    }

    /// <summary>
    /// The RKO's lines, its items as catalog entries priced as the plan prices them, their reference status, the stock
    /// history the plan is compared with, and the budget when the RKO has one (the IFK's consolidated plan).
    /// </summary>
    private static async Task<IReadOnlyList<object>> RkoAsync(CycleUnit unit, WorkflowInstance instance)
    {
        var rko = await PlanDocuments.RkoOfAsync(unit, instance.Id);
        var lines = rko.Lines.OrderBy(l => l.DrugCode.Value, StringComparer.Ordinal).ToList();
        var prices = lines.ToDictionary(l => l.DrugCode, l => l.UnitPrice);
        var codes = prices.Keys.ToHashSet();
        var items = (await CycleFacts.CatalogAsync(unit, rko.FacilityId, codes))
            .Select(i => prices[i.DrugCode] is { } price ? i with { Price = price } : i)
            .ToList();
        var facts = new List<object>(items.Count * 3 + lines.Count * 13);
        facts.AddRange(items);
        facts.AddRange(await unit.Host.References.StatusesAsync(unit.Db, items, default));
        facts.AddRange(lines.Select(l => new RkoLine(rko.FacilityId, l.DrugCode, l.AvgMonthlyUse, l.AnnualUse, l.SafetyStock,
            l.LeadTimeStock, l.RemainingStock, l.PlannedNeed)));
        facts.AddRange(await PlanHistory.LoadAsync(unit, rko.FacilityId, codes));
        if (rko.Budget is { } budget) facts.Add(new Budget(rko.FacilityId, rko.Year, budget));
        return facts;
    }
}
