using System.Text.Json;
using System.Text.Json.Nodes;
using Requisition.Rules.Facts;
using Requisition.Rules.Planning;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Planning;

/// <summary>Changes to RKO lines: the pharmacist's edits (a given need, or the morbidity method) and the IFK's fit to the budget.</summary>
internal static class RkoLines
{
    public const string Consumption = "consumption";
    public const string NoHistory = "no-history";
    public const string Morbidity = "morbidity";
    public const string Given = "given";
    public const string Consolidated = "consolidated";

    /// <summary>
    /// Applies the edits to the lines they name, in the instance's variables too (what each line's need came from).
    /// A morbidity line takes B = sum of cases x dose per case and C, D and A from it by <see cref="Rko.Morbidity"/>,
    /// keeping its E; a given need replaces A and keeps the computed terms beside it for the reader.
    /// </summary>
    public static IReadOnlyList<CommandError> Apply(RkoDocument rko, IReadOnlyList<RkoEditLine> edits, JsonObject variables)
    {
        var settings = new RkoSettings(
            variables[PlanVariables.SafetyPct]?.GetValue<decimal>() ?? throw new InvalidOperationException($"RKO {rko.Id} has no {PlanVariables.SafetyPct}"),
            variables[PlanVariables.LeadTimeWeeks]?.GetValue<decimal>() ?? throw new InvalidOperationException($"RKO {rko.Id} has no {PlanVariables.LeadTimeWeeks}"));
        var recorded = variables[PlanVariables.Edits] as JsonObject ?? [];
        var errors = new List<CommandError>();
        for (var i = 0; i < edits.Count; i++)
        {
            var edit = edits[i];
            var code = new DrugCode(edit.DrugCode.Trim());
            var line = rko.Lines.FirstOrDefault(l => l.DrugCode == code);
            if (line is null)
            {
                errors.Add(new($"lines[{i}].drugCode", $"RKO {rko.Id} has no line {code}; it plans the items of the formulary"));
                continue;
            }
            if (edit.PlannedNeed is { } need)
            {
                line.PlannedNeed = need;
                recorded[code.Value] = new JsonObject { ["plannedNeed"] = need };
                continue;
            }
            var cases = edit.Morbidity!.Select(c => new MorbidityCase(c.Disease.Trim(), c.Cases, c.DosePerCase)).ToList();
            var plan = Rko.Morbidity(cases, line.RemainingStock, settings);
            line.AvgMonthlyUse = plan.AverageMonthlyUse;
            line.AnnualUse = plan.AnnualUse;
            line.SafetyStock = plan.SafetyStock;
            line.LeadTimeStock = plan.LeadTimeStock;
            line.PlannedNeed = plan.PlannedNeed;
            recorded[code.Value] = new JsonObject
            {
                ["morbidity"] = JsonSerializer.SerializeToNode(edit.Morbidity!.Select(c => new MorbidityInput(c.Disease.Trim(), c.Cases, c.DosePerCase)), CycleJson.Options),
            };
        }
        if (errors.Count > 0) return errors;
        variables[PlanVariables.Edits] = recorded.DeepClone();
        var morbidity = rko.Lines.Count(l => Basis(l.DrugCode, variables) == Morbidity);
        var withoutHistory = NoHistoryCodes(variables).Count;
        rko.Method = morbidity == rko.Lines.Count && rko.Lines.Count > 0 ? RkoMethod.Morbidity
            : morbidity > 0 || withoutHistory > 0 ? RkoMethod.Combined
            : RkoMethod.Consumption;
        return [];
    }

    /// <summary>Where a line's need came from (see <see cref="RkoLineView.Basis"/>).</summary>
    public static string Basis(DrugCode code, JsonObject variables)
    {
        if (variables[PlanVariables.Edits]?[code.Value] is JsonObject edit)
            return edit.ContainsKey("morbidity") ? Morbidity : Given;
        return NoHistoryCodes(variables).Contains(code.Value) ? NoHistory : Consumption;
    }

    public static IReadOnlyList<MorbidityInput> MorbidityOf(DrugCode code, JsonObject variables) =>
        variables[PlanVariables.Edits]?[code.Value]?["morbidity"]?.Deserialize<List<MorbidityInput>>(CycleJson.Options) ?? [];

    public static ISet<string> NoHistoryCodes(JsonObject variables) =>
        (variables[PlanVariables.NoHistory]?.Deserialize<List<string>>(CycleJson.Options) ?? []).ToHashSet(StringComparer.Ordinal);

    /// <summary>The lines with no use history that nobody has filled in yet: they block the submit.</summary>
    public static IReadOnlyList<CommandError> Unfilled(RkoDocument rko, JsonObject variables) => rko.Lines
        .Where(l => Basis(l.DrugCode, variables) == NoHistory)
        .OrderBy(l => l.DrugCode.Value, StringComparer.Ordinal)
        .Select(l => new CommandError($"lines[{l.DrugCode}]",
            $"{l.DrugCode} has no use in the stock history: give the morbidity cases and dose per case, or a planned need (0 when none is needed)"))
        .ToList();

    public static decimal Cost(IEnumerable<RkoItem> lines) => lines.Sum(l => l.PlannedNeed * (l.UnitPrice ?? 0m));

    /// <summary>
    /// Scales every priced line down by budget / cost when the plan costs more than the budget, rounding each need down
    /// so the plan ends within the budget. Lines with no price cost nothing and stay. Returns the factor used (1: no cut).
    /// </summary>
    public static decimal ScaleToBudget(RkoDocument rko, decimal budget)
    {
        var cost = Cost(rko.Lines);
        if (cost <= budget || cost == 0) return 1m;
        var factor = budget / cost;
        foreach (var line in rko.Lines.Where(l => l.UnitPrice is > 0))
            line.PlannedNeed = (long)Math.Floor(line.PlannedNeed * factor);
        return factor;
    }

    /// <summary>Sets the officer's quantities on the lines they name.</summary>
    public static IReadOnlyList<CommandError> SetNeeds(RkoDocument rko, IReadOnlyList<FitLine> lines)
    {
        var errors = new List<CommandError>();
        var byCode = rko.Lines.ToDictionary(l => l.DrugCode);
        for (var i = 0; i < lines.Count; i++)
        {
            var code = new DrugCode(lines[i].DrugCode.Trim());
            if (byCode.TryGetValue(code, out var line)) line.PlannedNeed = lines[i].PlannedNeed;
            else errors.Add(new($"lines[{i}].drugCode", $"RKO {rko.Id} has no line {code}"));
        }
        return errors;
    }
}
