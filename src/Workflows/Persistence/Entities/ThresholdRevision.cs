using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>
/// One version of a threshold set, as an administrator saved it: who, when, why, and the whole set as JSON
/// (the shape of <c>data/thresholds.default.json</c>). Revisions are never changed; the newest of a scope is in
/// force, and flags name the <see cref="Version"/> they were decided by.
/// </summary>
public sealed class ThresholdRevision
{
    public long Id { get; set; }

    /// <summary>The version flags record, e.g. "district-3204-2027.2"; unique.</summary>
    public string Version { get; set; } = "";

    /// <summary>The IFK whose district the set applies to; null for the whole installation.</summary>
    public FacilityId? ScopeId { get; set; }

    public string Json { get; set; } = "";

    public string ChangedBy { get; set; } = "";

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Why the values changed (required).</summary>
    public string Reason { get; set; } = "";
}
