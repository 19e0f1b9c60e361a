using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Web.Imports;

/// <summary>
/// What the web app offers to import (jenis impor): the administrator's kinds in the order the upload form lists them,
/// their Indonesian labels, and the role that may start one (the service still decides each file: a pharmacist
/// imports only their own puskesmas's LPLPO).
/// </summary>
public static class ImportChoices
{
    /// <summary>The administrator's kinds, in the order the upload form lists them.</summary>
    public static IReadOnlyList<ImportKind> Administrator { get; } =
        [ImportKind.Fornas, ImportKind.Doen, ImportKind.Catalog, ImportKind.Facilities, ImportKind.Users, ImportKind.OpeningStock, ImportKind.History];

    /// <summary>The role that may start an import of this kind.</summary>
    public static string Role(ImportKind kind) => kind == ImportKind.Lplpo ? CycleRoles.Pharmacist : CycleRoles.Administrator;

    /// <summary>FORNAS and DOEN come as dated editions: they take an edition, a source and "make it the active one".</summary>
    public static bool HasEdition(ImportKind kind) => kind is ImportKind.Fornas or ImportKind.Doen;

    /// <summary>The kind's Indonesian label, a key of <see cref="Localization.ImportText"/>.</summary>
    public static string Label(ImportKind kind) => kind switch
    {
        ImportKind.Fornas => "FORNAS (Formularium Nasional)",
        ImportKind.Doen => "DOEN (Daftar Obat Esensial Nasional)",
        ImportKind.Catalog => "Katalog obat",
        ImportKind.Facilities => "Fasilitas",
        ImportKind.Users => "Pengguna",
        ImportKind.OpeningStock => "Stok awal (batch dan kedaluwarsa)",
        ImportKind.History => "Riwayat stok",
        _ => "LPLPO",
    };
}
