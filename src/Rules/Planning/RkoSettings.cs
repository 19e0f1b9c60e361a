namespace Requisition.Rules.Planning;

/// <summary>The settings of an RKO computation (all from the threshold set).</summary>
/// <param name="SafetyPct">C as a percentage of B (stok pengaman, 10-20 %).</param>
/// <param name="LeadTimeWeeks">Lead time (waktu tunggu) in weeks, for D.</param>
public sealed record RkoSettings(decimal SafetyPct, decimal LeadTimeWeeks);
