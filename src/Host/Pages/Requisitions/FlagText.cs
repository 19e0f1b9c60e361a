using Requisition.Rules.Engine.Model;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Host.Pages.Requisitions;

/// <summary>The words a flag's severity and status are shown with (keys of <see cref="Web.Localization.PharmacyText"/>).</summary>
public static class FlagText
{
    public static string Severity(Severity severity) => severity switch
    {
        Rules.Engine.Model.Severity.Error => "galat",
        Rules.Engine.Model.Severity.Warning => "peringatan",
        _ => "info",
    };

    public static string Status(FlagStatus status) => status switch
    {
        FlagStatus.Acknowledged => "diakui",
        FlagStatus.Resolved => "selesai",
        _ => "terbuka",
    };

    /// <summary>An LPLPO's or plan's status as the cycle writes it (draft, submitted ...) in words.</summary>
    public static string DocumentStatus(string status) => status switch
    {
        "draft" => "draf",
        "submitted" => "menunggu pemeriksaan",
        "returned" => "dikembalikan",
        "approved" => "disetujui",
        "closed" => "selesai",
        "established" => "ditetapkan",
        _ => status,
    };

    /// <summary>
    /// The step that raised a flag: the same rule (near expiry, late LPLPO) can run at several steps, so a reviewer sees
    /// the puskesmas's flag and the review's own one side by side and needs to tell them apart.
    /// </summary>
    public static string Step(string step) => step switch
    {
        "lplpo" => "langkah LPLPO",
        "ifk-review" => "langkah pemeriksaan IFK",
        "distribution" => "langkah distribusi",
        "formulary" => "langkah formularium",
        "rko" => "langkah RKO",
        _ => step,
    };

    /// <summary>An LPLPO's kind: the monthly one or an emergency request (cito).</summary>
    public static string Kind(string kind) => kind == "emergency" ? "cito" : "rutin";
}
