using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>Everything <see cref="CheckDataLoader"/> read from one folder; an absent file gives an empty list.</summary>
/// <param name="Fornas">From fornas.csv; empty when the folder has none (the CLI then uses the shipped list).</param>
/// <param name="Doen">From doen.csv; null when the folder has none (FORNAS <c>oen</c> then stands in for DOEN).</param>
/// <param name="FilesRead">The names of the files read, as found on disk, in reading order.</param>
public sealed record CheckData(
    IReadOnlyList<FornasEntry> Fornas,
    IReadOnlyList<DoenEntry>? Doen,
    IReadOnlyList<CatalogItem> Formulary,
    IReadOnlyList<StockMonth> History,
    IReadOnlyList<LplpoLine> Lplpo,
    IReadOnlyList<LplpoDocument> LplpoDocuments,
    IReadOnlyList<BatchStock> Batches,
    IReadOnlyList<RkoLine> Rko,
    IReadOnlyList<Shipment> Shipments,
    IReadOnlyList<Receipt> Receipts,
    IReadOnlyList<Budget> Budgets,
    IReadOnlyList<string> FilesRead);
