namespace Requisition.Workflows.Persistence.Entities;

/// <summary>How an RKO's needs were computed.</summary>
public enum RkoMethod
{
    /// <summary>Metode konsumsi: A = (B + C + D) - E from the use history.</summary>
    Consumption = 0,
    /// <summary>Metode morbiditas: projected cases x standard treatment quantity.</summary>
    Morbidity = 1,
    /// <summary>Consumption where history exists, morbidity elsewhere.</summary>
    Combined = 2,
}
