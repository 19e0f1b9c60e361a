namespace Requisition.Workflows.Persistence.Entities;

/// <summary>The funding source (sumber dana) that paid for stock.</summary>
public enum FundSource
{
    Apbn = 0,
    /// <summary>APBD I (province).</summary>
    ApbdI = 1,
    /// <summary>APBD II (district/city).</summary>
    ApbdII = 2,
    /// <summary>Dana Alokasi Khusus.</summary>
    Dak = 3,
    /// <summary>The puskesmas's own revenue (BLUD).</summary>
    Blud = 4,
    /// <summary>A national programme (obat program).</summary>
    Programme = 5,
    Other = 6,
}
