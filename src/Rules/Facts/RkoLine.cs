namespace Requisition.Rules.Facts;

/// <summary>One item of an annual drug needs plan (RKO, Rencana Kebutuhan Obat), one row of <c>rko.csv</c>.</summary>
/// <param name="AvgMonthlyUse">Average monthly use the plan was computed from.</param>
/// <param name="AnnualUse">B = average monthly use x 12.</param>
/// <param name="SafetyStock">C, the safety stock (stok pengaman).</param>
/// <param name="LeadTimeStock">D, use during the lead time (waktu tunggu).</param>
/// <param name="RemainingStock">E, stock at planning time (sisa stok).</param>
/// <param name="PlannedNeed">A = B + C + D - E, never below 0.</param>
public sealed record RkoLine(
    FacilityId Facility,
    DrugCode DrugCode,
    decimal AvgMonthlyUse,
    decimal AnnualUse,
    decimal SafetyStock,
    decimal LeadTimeStock,
    long RemainingStock,
    long PlannedNeed)
{
    public ItemKey Key => new(Facility, DrugCode);
}
