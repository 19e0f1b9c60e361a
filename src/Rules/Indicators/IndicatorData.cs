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
/// <param name="Rko">The annual drug needs plan (RKO) for the evaluated year (any year when <paramref name="Plans"/> is null).</param>
/// <param name="Receipts">Confirmed receipts of deliveries (penerimaan).</param>
/// <param name="IndicatorDrugs">The indicator drug set (set obat indikator); null means every item with history.</param>
/// <param name="AsOf">The evaluation date: a batch expiring before it is expired; an LPLPO not yet due is not expected.</param>
/// <param name="Documents">The regular LPLPOs as documents, with the day each reached the IFK (for LPLPO on time).</param>
/// <param name="Reporting">The puskesmas expected to send an LPLPO every month; null: the facilities of <paramref name="Documents"/>.</param>
/// <param name="Plans">The RKO of each year; when given it replaces <paramref name="Rko"/>, and a month is planned by its own year's RKO.</param>
/// <param name="HistorySource">What the history is, for the basis sentences (default "stock card history").</param>
/// <param name="Undated">LPLPOs that reached the IFK with no date recorded (imported history): neither on time nor late.</param>
public sealed record IndicatorData(
    IReadOnlyList<CatalogItem> Items,
    IReadOnlyList<ReferenceStatus> Statuses,
    IReadOnlyList<StockMonth> History,
    IReadOnlyList<LplpoLine> Lplpo,
    IReadOnlyList<BatchStock> Batches,
    IReadOnlyList<RkoLine> Rko,
    IReadOnlyList<Receipt> Receipts,
    IReadOnlySet<DrugCode>? IndicatorDrugs,
    DateOnly AsOf,
    IReadOnlyList<LplpoDocument>? Documents = null,
    IReadOnlyList<FacilityId>? Reporting = null,
    IReadOnlyList<RkoYear>? Plans = null,
    string? HistorySource = null,
    IReadOnlyList<LplpoDocument>? Undated = null);
