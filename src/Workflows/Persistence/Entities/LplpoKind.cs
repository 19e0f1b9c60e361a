namespace Requisition.Workflows.Persistence.Entities;

public enum LplpoKind
{
    /// <summary>The monthly LPLPO; one per facility per period.</summary>
    Regular = 0,
    /// <summary>An emergency request (permintaan cito) outside the cycle, with a justification.</summary>
    Emergency = 1,
}
