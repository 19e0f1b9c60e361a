namespace Requisition.Workflows.Persistence.Entities;

/// <summary>One edition of a national list (FORNAS 2023, DOEN 2021, ...), as imported by an administrator.</summary>
public sealed class ReferenceList
{
    public long Id { get; set; }

    public ReferenceListKind Kind { get; set; }

    /// <summary>The edition (edisi), e.g. "2023"; unique per kind.</summary>
    public string Edition { get; set; } = "";

    /// <summary>Where the list came from: the decree (KMK) or the file it was imported from.</summary>
    public string? Source { get; set; }

    public string ImportedBy { get; set; } = "";

    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>The edition in force (edisi berlaku): matching and the rules use it; one per kind.</summary>
    public bool Active { get; set; }
}
