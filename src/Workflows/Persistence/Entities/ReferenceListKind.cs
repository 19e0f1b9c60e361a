namespace Requisition.Workflows.Persistence.Entities;

/// <summary>The national reference lists a catalog item is checked against.</summary>
public enum ReferenceListKind
{
    /// <summary>Formularium Nasional.</summary>
    Fornas = 0,
    /// <summary>Daftar Obat Esensial Nasional.</summary>
    Doen = 1,
}
