using Requisition.Workflows.Cycle;

namespace Requisition.Host.Web.Pages;

/// <summary>A menu entry: the page and its (Indonesian) text, a key of <see cref="Localization.SharedText"/>.</summary>
public sealed record NavItem(string Path, string Text);

/// <summary>The menu of each role.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavItem> For(string? role) => role switch
    {
        CycleRoles.Pharmacist => [new("/Pharmacy/Lplpo", "LPLPO"), new("/Pharmacy/Formulary", "Formularium"), new("/Pharmacy/Rko", "RKO"), new("/Pharmacy/Stock", "Stok"), new("/Indicators", "Indikator")],
        CycleRoles.Head => [new("/Head/Plans", "Formularium & RKO"), new("/Indicators", "Indikator")],
        CycleRoles.IfkOfficer => [new("/Ifk/Queue", "Antrean LPLPO"), new("/Ifk/Stock", "Stok IFK"), new("/Indicators", "Indikator")],
        CycleRoles.Administrator => [new("/Admin/Thresholds", "Ambang batas"), new("/Admin/References", "Daftar referensi"), new("/Admin/Facilities", "Fasilitas & pengguna"), new("/Admin/Tokens", "Token API"), new("/Admin/Imports", "Impor data"), new("/Indicators", "Indikator")],
        CycleRoles.Staff => [new("/Indicators", "Indikator")],
        _ => [],
    };

    public static string RoleText(string? role) => role switch
    {
        CycleRoles.Pharmacist => "Apoteker",
        CycleRoles.Head => "Kepala Puskesmas",
        CycleRoles.Staff => "Staf Puskesmas",
        CycleRoles.SubUnit => "Petugas Pustu",
        CycleRoles.IfkOfficer => "Petugas IFK",
        CycleRoles.Administrator => "Administrator",
        _ => "",
    };
}
