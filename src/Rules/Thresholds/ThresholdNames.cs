using System.Collections.Frozen;

namespace Requisition.Rules.Thresholds;

/// <summary>The stable names of the thresholds, as they appear in threshold files and in flag evidence.</summary>
public static class ThresholdNames
{
    public const string OutBelowMonths = "out_below_months";
    public const string SafeFromMonths = "safe_from_months";
    public const string ExcessMonths = "excess_months";
    public const string NearExpiryErrorMonths = "near_expiry_error_months";
    public const string NearExpiryWarningMonths = "near_expiry_warning_months";
    public const string NearExpiryInfoMonths = "near_expiry_info_months";
    public const string DeadStockMonths = "dead_stock_months";
    public const string PlanAccuracyMinPct = "plan_accuracy_min_pct";
    public const string PlanAccuracyMaxPct = "plan_accuracy_max_pct";
    public const string PlanDeviationTolerablePct = "plan_deviation_tolerable_pct";
    public const string PlanDeviationPoorPct = "plan_deviation_poor_pct";
    public const string RequestDeviationPct = "request_deviation_pct";
    public const string ApprovalDeviationPct = "approval_deviation_pct";
    public const string LplpoDueDay = "lplpo_due_day";
    public const string PeriodMonths = "period_months";
    public const string LeadTimeMonths = "lead_time_months";
    public const string SafetyMonths = "safety_months";
    public const string RkoSafetyPct = "rko_safety_pct";
    public const string RkoLeadTimeWeeks = "rko_lead_time_weeks";
    public const string ItorMinTimesPerYear = "itor_min_times_per_year";

    /// <summary>In the order threshold files list them.</summary>
    public static readonly IReadOnlyList<string> Ordered =
    [
        OutBelowMonths, SafeFromMonths, ExcessMonths,
        NearExpiryErrorMonths, NearExpiryWarningMonths, NearExpiryInfoMonths,
        DeadStockMonths, PlanAccuracyMinPct, PlanAccuracyMaxPct, PlanDeviationTolerablePct, PlanDeviationPoorPct,
        RequestDeviationPct, ApprovalDeviationPct, LplpoDueDay,
        PeriodMonths, LeadTimeMonths, SafetyMonths, RkoSafetyPct, RkoLeadTimeWeeks, ItorMinTimesPerYear,
    ];

    public static readonly FrozenSet<string> All = Ordered.ToFrozenSet(StringComparer.Ordinal);
}
