namespace Requisition.Workflows.Cycle;

/// <summary>A formulary or RKO just started: the document and the workflow instance that carries it.</summary>
public sealed record PlanRef(long DocumentId, string FacilityId, int Year, Guid InstanceId);

/// <summary>
/// Where a formulary or RKO stands after an action: draft, returned (with the head's reason), submitted (waiting for
/// the head) or established; the flags of its steps; and the tasks it waits for next.
/// </summary>
public sealed record PlanActionResult(
    long DocumentId, Guid InstanceId, string Status, IReadOnlyList<FlagView> Flags, IReadOnlyList<string> Waiting, string? ReturnReason = null);

/// <summary>The IFK's consolidated RKO as created: which puskesmas it holds, which had no established RKO, its cost against the budget.</summary>
public sealed record ConsolidationResult(
    long RkoId, Guid InstanceId, int Year, decimal Budget, decimal Cost, IReadOnlyList<string> Included, IReadOnlyList<string> Missing,
    IReadOnlyList<FlagView> Flags, IReadOnlyList<string> Waiting);

public sealed record FormularyItemView(string DrugCode, string Name, bool Generic, string? TherapeuticClass, decimal UnitPrice);

public sealed record FormularyView(
    long Id, string FacilityId, int Year, string Status, string? ReturnReason, string? EstablishedBy, DateTimeOffset? EstablishedAt,
    Guid? InstanceId, IReadOnlyList<FormularyItemView> Items, IReadOnlyList<FlagView> Flags, IReadOnlyList<string> Waiting);

/// <summary>One RKO line with the terms of A = (B + C + D) - E and where its need came from.</summary>
/// <param name="Basis">consumption (the stock history), no-history (to fill by morbidity), morbidity, given (a planned need set by hand), consolidated (the IFK's sum).</param>
public sealed record RkoLineView(
    string DrugCode, string Name, string Basis, decimal AvgMonthlyUse, decimal AnnualUse, decimal SafetyStock, decimal LeadTimeStock,
    long RemainingStock, long PlannedNeed, decimal? UnitPrice, decimal Cost, IReadOnlyList<MorbidityInput> Morbidity);

public sealed record RkoView(
    long Id, string FacilityId, int Year, string Method, string Status, decimal? Budget, decimal Cost, string? ThresholdVersion,
    string? ReturnReason, string? EstablishedBy, DateTimeOffset? EstablishedAt, Guid? InstanceId,
    IReadOnlyList<RkoLineView> Lines, IReadOnlyList<FlagView> Flags, IReadOnlyList<string> Waiting);
