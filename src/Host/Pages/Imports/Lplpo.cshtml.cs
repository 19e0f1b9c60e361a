using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Imports;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Pages.Imports;

/// <summary>
/// The pharmacist's LPLPO import (/Pharmacy/Lplpo/Import): an LPLPO workbook in the official layout (.xlsx) or an
/// lplpo.csv, read into the puskesmas's own open draft of the period it names, after the same preview as every import.
/// Which LPLPO the file may fill is the import service's to decide.
/// </summary>
[Authorize(Policy = CycleRoles.Pharmacist)]
[IgnoreAntiforgeryToken(Order = 1001)]
[RequestSizeLimit(UploadReader.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadReader.RequestLimit)]
public sealed class LplpoModel(ImportJobStore store, IAntiforgery antiforgery, Microsoft.Extensions.Localization.IStringLocalizer<Web.Localization.ImportText> text) : PageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<ImportJobView> Recent { get; private set; } = [];

    public void OnGet() => Recent = store.JobsOf(User.Actor());

    public async Task<IActionResult> OnPostAsync()
    {
        var upload = await UploadReader.ReadAsync(HttpContext, antiforgery);
        if (upload.Forged) return BadRequest();
        var errors = new List<string>();
        if (upload.Problem is not null) errors.Add(text[upload.Problem, upload.Arguments]);
        else
        {
            try
            {
                var job = store.Start(User.Actor(), ImportKind.Lplpo, upload.File!, new ImportOptions());
                return Redirect($"/Imports/{job.Id}");
            }
            catch (CommandRejectedException refused)
            {
                errors.AddRange(refused.Errors.Select(e => e.Message));
            }
        }
        Errors = errors;
        Recent = store.JobsOf(User.Actor());
        return Page();
    }
}
