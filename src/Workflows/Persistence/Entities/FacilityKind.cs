namespace Requisition.Workflows.Persistence.Entities;

/// <summary>The level of a facility in the district tree: IFK -> puskesmas -> sub-units.</summary>
public enum FacilityKind
{
    /// <summary>District pharmacy warehouse (Instalasi Farmasi Kabupaten/Kota).</summary>
    Ifk = 0,
    /// <summary>Primary health centre (puskesmas).</summary>
    Puskesmas = 1,
    /// <summary>Village clinic under a puskesmas (pustu, polindes, poskesdes).</summary>
    SubUnit = 2,
}
