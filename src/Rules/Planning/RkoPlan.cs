namespace Requisition.Rules.Planning;

/// <summary>The parts of one RKO line: A = max(0, ceil(B + C + D - E)).</summary>
/// <param name="AnnualUse">B: average monthly use x 12 (or projected cases x standard quantity, by morbidity).</param>
/// <param name="SafetyStock">C: B x safety %.</param>
/// <param name="LeadTimeStock">D: use during the lead time.</param>
/// <param name="RemainingStock">E: stock at planning time.</param>
/// <param name="PlannedNeed">A: the planned need for the year, whole units, never below 0.</param>
/// <param name="Method">"consumption" or "morbidity".</param>
public sealed record RkoPlan(
    decimal AverageMonthlyUse,
    decimal AnnualUse,
    decimal SafetyStock,
    decimal LeadTimeStock,
    long RemainingStock,
    long PlannedNeed,
    string Method);
