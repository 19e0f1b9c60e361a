using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>An IFK, puskesmas or sub-unit (fasilitas); the tree is kept by <see cref="ParentId"/>.</summary>
public sealed class Facility
{
    /// <summary>The facility code, e.g. "PKM-CIBEBER".</summary>
    public FacilityId Id { get; set; }

    public string Name { get; set; } = "";

    public FacilityKind Kind { get; set; }

    /// <summary>The IFK a puskesmas belongs to, or the puskesmas of a sub-unit; null for an IFK.</summary>
    public FacilityId? ParentId { get; set; }

    /// <summary>A closed facility keeps its history but takes no new documents.</summary>
    public bool Active { get; set; } = true;
}
