namespace Requisition.Workflows.Persistence.Entities;

/// <summary>Where an annual document (formulary, RKO) stands.</summary>
public enum PlanStatus
{
    /// <summary>Being drafted by the pharmacist.</summary>
    Draft = 0,
    /// <summary>Established (ditetapkan) by the head of puskesmas; changes need a new revision.</summary>
    Established = 1,
}
