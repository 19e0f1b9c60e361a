namespace Requisition.Workflows.Cycle;

/// <summary>Where an LPLPO stands after an action: its status, the flags of its steps, and what it waits for next.</summary>
public sealed record LplpoActionResult(
    long LplpoId, Guid InstanceId, string Status, IReadOnlyList<FlagView> Flags, IReadOnlyList<string> Waiting, string? IssueNote = null, int Revision = 0);

public sealed record StartMonthResult(Guid InstanceId, string Period, IReadOnlyList<LplpoRef> Lplpos);

public sealed record LplpoRef(long LplpoId, string FacilityId, string Period, Guid InstanceId);

public sealed record SkippedLplpo(long LplpoId, string Why);

public sealed record ApproveManyResult(IReadOnlyList<long> Approved, IReadOnlyList<SkippedLplpo> Skipped);

/// <summary>A proportional share of an item the supplier cannot give in full to everyone who asked.</summary>
public sealed record AllocationShare(long LplpoId, string FacilityId, long Requested, long Suggested);

public sealed record AllocationSuggestion(string DrugCode, long Available, long Requested, int? PackSize, IReadOnlyList<AllocationShare> Shares);
