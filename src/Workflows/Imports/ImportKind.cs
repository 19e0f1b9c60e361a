namespace Requisition.Workflows.Imports;

/// <summary>
/// What a file brings into the database (impor data): a national reference list edition (FORNAS, DOEN), the district
/// drug catalog, facilities, users, opening stock per batch (stok awal), closed months of stock history, or one LPLPO
/// into its open draft. On the wire and the command line: fornas, doen, catalog, facilities, users, opening-stock,
/// history, lplpo (see <see cref="ImportKinds"/>).
/// </summary>
public enum ImportKind
{
    Fornas,
    Doen,
    Catalog,
    Facilities,
    Users,
    OpeningStock,
    History,
    Lplpo,
}
