using Requisition.Rules.Facts;
using Requisition.Rules.Indicators;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// The stored data of one indicator query, read once: the calculator's input, and what a drill-down row needs to name
/// its item and link its LPLPO.
/// </summary>
internal sealed record LoadedIndicators(
    IndicatorData Data,
    IReadOnlyDictionary<(FacilityId Facility, Period Period), long> LplpoIds,
    IReadOnlyDictionary<DrugCode, string> DrugNames);
