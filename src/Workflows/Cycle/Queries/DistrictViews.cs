namespace Requisition.Workflows.Cycle;

/// <summary>
/// One LPLPO in a supplier's queue: who sent it, for which period, when, whether it came late (after the due day of
/// the month after its period; still unsent past it counts as late too) and how many flags are still open on it.
/// </summary>
public sealed record QueueEntry(
    long Id, string FacilityId, string FacilityName, string Period, string Kind, string Status, DateTimeOffset? SubmittedAt,
    DateOnly? DueOn, bool Late, int Lines, int OpenFlags, int Revision);

/// <summary>One batch the shipment will take (FEFO), or took when <see cref="IssueLineId"/> is set.</summary>
public sealed record ShipPick(string DrugCode, string DrugName, string Source, string Batch, DateOnly Expiry, long Quantity);

/// <summary>A quantity given that shippable batches cannot cover: shipping will be refused until the review is adjusted.</summary>
public sealed record ShipShortage(string DrugCode, string Source, long Given, long Short);

/// <summary>What shipping an approved LPLPO will do now: the batches picked first-expired-first-out and anything short.</summary>
public sealed record ShipPreview(long LplpoId, DateOnly UsableAfter, IReadOnlyList<ShipPick> Picks, IReadOnlyList<ShipShortage> Shortages);

/// <summary>
/// One batch a warehouse holds, with what the item's stock is worth in months of its average monthly issues
/// (null when nothing was issued in the window), and where the batch stands against the near-expiry windows.
/// </summary>
public sealed record WarehouseStockLine(
    string DrugCode, string DrugName, string Unit, string Batch, DateOnly Expiry, string Source, long Quantity,
    long ItemTotal, decimal? AverageMonthlyIssues, decimal? MonthsOfStock, string ExpiryBand, bool Excess);

/// <summary>One batch on an SBBK, with the item's name and unit for the printed page.</summary>
public sealed record SbbkLine(long Id, string DrugCode, string DrugName, string Unit, string Batch, DateOnly Expiry, string Source, long Quantity);

/// <summary>An SBBK (surat bukti barang keluar) as printed: number, from and to, who issued it and when, its batches.</summary>
public sealed record SbbkView(
    string Number, long? LplpoId, string FromId, string FromName, string ToId, string ToName, string IssuedBy, DateTimeOffset IssuedAt,
    IReadOnlyList<SbbkLine> Lines);
