using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Pharmacy;

/// <summary>
/// The facility's stock by item: total, batches with their expiry (inside the near-expiry windows highlighted), average
/// monthly use, months of stock and its category by the thresholds in force. A batch inside the error window can be
/// written off here (separated as damaged or expired), which is what clears its NEAR_EXPIRY error on the LPLPO.
/// </summary>
public sealed class StockModel(CycleHost cycle, IStringLocalizer<PharmacyText> text) : PageModel
{
    public StockSummaryView Stock { get; private set; } = null!;

    public ThresholdSet Thresholds { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    [BindProperty]
    public WriteOffForm WriteOff { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostWriteOffAsync(CancellationToken cancellationToken)
    {
        try
        {
            await cycle.Stock.AdjustAsync(User.Actor(), new StockAdjustmentInput(WriteOff.DrugCode, WriteOff.Batch, WriteOff.Quantity, StockCommands.Loss,
                WriteOff.Reason ?? "", string.IsNullOrEmpty(WriteOff.FundSource) ? null : WriteOff.FundSource), cancellationToken);
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused);
            await LoadAsync(cancellationToken);
            return Page();
        }
        TempData["Notice"] = text["{0} batch {1}: {2} dicatat rusak/kedaluwarsa.", WriteOff.DrugCode, WriteOff.Batch, WriteOff.Quantity.ToString("N0")].Value;
        return RedirectToPage();
    }

    /// <summary>error inside the first near-expiry window, warning inside the second, empty otherwise.</summary>
    public string ExpiryClass(DateOnly expiry) =>
        expiry <= Today.AddMonths(Thresholds.NearExpiryErrorMonths) ? "expiry-error"
        : expiry <= Today.AddMonths(Thresholds.NearExpiryWarningMonths) ? "expiry-warning"
        : "";

    public static string CategoryText(string? category) => category switch
    {
        "out" => "kosong",
        "short" => "kurang",
        "safe" => "aman",
        "excess" => "berlebih",
        _ => "tidak ada pemakaian",
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var actor = User.Actor();
        Stock = await cycle.Facility.StockAsync(actor, actor.FacilityId ?? "", cancellationToken);
        Thresholds = await cycle.Thresholds.CurrentAsync(actor, cancellationToken);
        Today = cycle.LocalDate(cycle.Clock.Now);
    }
}

/// <summary>A batch to write off as damaged or expired.</summary>
public sealed class WriteOffForm
{
    // An empty field binds as "" (not null): the page answers "unknown item" instead of failing.
    [System.ComponentModel.DataAnnotations.DisplayFormat(ConvertEmptyStringToNull = false)]
    public string DrugCode { get; set; } = "";

    public string Batch { get; set; } = "";

    public string? FundSource { get; set; }

    public long Quantity { get; set; }

    public string? Reason { get; set; }
}
