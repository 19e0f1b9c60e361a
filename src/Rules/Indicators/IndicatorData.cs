using Requisition.Rules.Facts;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Everything the drug-management indicators (indikator pengelolaan obat) are computed from, for one
/// facility or a whole district. Any list may be empty; an indicator whose inputs are empty is left out.
/// </summary>
/// <param name="Items">The formulary (formularium): item prices, generic flags.</param>
/// <param name="Statuses">Where each formulary item stands against FORNAS and DOEN.</param>
/// <param name="History">Monthly stock card summaries (kartu stok).</param>
/// <param name="Lplpo">Monthly LPLPO lines (use report and request).</param>
/// <param name="Batches">Batch stock with expiry dates, as of <paramref name="AsOf"/>.</param>
/// <param name="Rko">The annual drug needs plan (RKO) for the evaluated year.</param>
/// <param name="Receipts">Confirmed receipts of deliveries (penerimaan).</param>
/// <param name="IndicatorDrugs">The indicator drug set (set obat indikator); null means every item with history.</param>
/// <param name="AsOf">The evaluation date: a batch expiring before it is expired.</param>
public sealed record IndicatorData(
    IReadOnlyList<CatalogItem> Items,
    IReadOnlyList<ReferenceStatus> Statuses,
    IReadOnlyList<StockMonth> History,
    IReadOnlyList<LplpoLine> Lplpo,
    IReadOnlyList<BatchStock> Batches,
    IReadOnlyList<RkoLine> Rko,
    IReadOnlyList<Receipt> Receipts,
    IReadOnlySet<DrugCode>? IndicatorDrugs,
    DateOnly AsOf);
