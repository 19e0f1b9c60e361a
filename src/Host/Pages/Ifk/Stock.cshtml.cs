using Microsoft.AspNetCore.Mvc.RazorPages;
using Requisition.Host.Web.Accounts;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Ifk;

/// <summary>The IFK's stock by item and batch: months of stock against the district's issues, excess and near-expiry batches.</summary>
public sealed class StockModel(CycleHost cycle) : PageModel
{
    public IReadOnlyList<WarehouseStockLine> Lines { get; private set; } = [];

    public ThresholdSet Thresholds { get; private set; } = null!;

    /// <summary>all, near-expiry or excess.</summary>
    public string Show { get; private set; } = "all";

    public async Task OnGetAsync(string? show, CancellationToken cancellationToken)
    {
        Show = show is "near-expiry" or "excess" ? show : "all";
        Thresholds = await cycle.Thresholds.CurrentAsync(User.Actor(), cancellationToken);
        var all = await cycle.District.WarehouseStockAsync(User.Actor(), cancellationToken);
        Lines = Show switch
        {
            "near-expiry" => all.Where(l => l.ExpiryBand is not "ok").ToList(),
            "excess" => all.Where(l => l.Excess).ToList(),
            _ => all,
        };
    }

    /// <summary>The words for an expiry band (a key of <see cref="Web.Localization.IfkText"/>).</summary>
    public static string BandText(string band) => band switch
    {
        "expired" => "sudah kedaluwarsa",
        "error" => "< {0} bulan",
        "warning" => "< {0} bulan",
        "info" => "< {0} bulan",
        _ => "",
    };

    public int BandMonths(string band) => band switch
    {
        "error" => Thresholds.NearExpiryErrorMonths,
        "warning" => Thresholds.NearExpiryWarningMonths,
        _ => Thresholds.NearExpiryInfoMonths,
    };
}
