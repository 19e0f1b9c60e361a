namespace Requisition.Workflows.Persistence.Entities;

/// <summary>Where an LPLPO document stands (its workflow instance holds the detail).</summary>
public enum LplpoStatus
{
    Draft = 0,
    /// <summary>Sent to the supplier (the IFK, or the puskesmas for a sub-unit).</summary>
    Submitted = 1,
    /// <summary>Returned for revision (dikembalikan).</summary>
    Returned = 2,
    /// <summary>Every line reviewed: given quantities are final.</summary>
    Approved = 3,
    /// <summary>Shipped and received; nothing more happens to it.</summary>
    Closed = 4,
}
