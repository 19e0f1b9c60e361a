using Requisition.Rules.Facts;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// One LPLPO's lines as the indicators read them: as stock history (the month of each item) and as LPLPO lines (with
/// requested and given). Immutable, so a closed LPLPO's facts are made once and shared by every dashboard after.
/// </summary>
internal sealed record LplpoFacts(StockMonth[] History, LplpoLine[] Lines);
