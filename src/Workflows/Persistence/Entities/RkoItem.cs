using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>One item of an RKO, with the terms of A = (B + C + D) - E (see <c>RkoLine</c>).</summary>
public sealed class RkoItem
{
    public long RkoId { get; set; }

    public DrugCode DrugCode { get; set; }

    /// <summary>Average monthly use (pemakaian rata-rata per bulan) the plan was computed from.</summary>
    public decimal AvgMonthlyUse { get; set; }

    /// <summary>B = average monthly use x 12.</summary>
    public decimal AnnualUse { get; set; }

    /// <summary>C, the safety stock (stok pengaman).</summary>
    public decimal SafetyStock { get; set; }

    /// <summary>D, use during the lead time (waktu tunggu).</summary>
    public decimal LeadTimeStock { get; set; }

    /// <summary>E, stock at planning time (sisa stok).</summary>
    public long RemainingStock { get; set; }

    /// <summary>A, the planned need (kebutuhan), never below 0.</summary>
    public long PlannedNeed { get; set; }

    /// <summary>Unit price in rupiah used to cost the plan.</summary>
    public decimal? UnitPrice { get; set; }
}
