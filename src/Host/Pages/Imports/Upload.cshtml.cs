using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Imports;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Pages.Imports;

/// <summary>
/// The administrator's import page (impor data, /Admin/Imports): choose what the file holds (FORNAS and DOEN with their
/// edition), upload it, and follow it to its job page for the preview; below, the person's imports still kept.
/// </summary>
[Authorize(Policy = CycleRoles.Administrator)]
[IgnoreAntiforgeryToken(Order = 1001)]
[RequestSizeLimit(UploadReader.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadReader.RequestLimit)]
public sealed class UploadModel(ImportJobStore store, IAntiforgery antiforgery, IStringLocalizer<ImportText> text) : PageModel
{
    public ImportKind Kind { get; private set; } = ImportKind.Catalog;

    public string? Edition { get; private set; }

    public string? Source { get; private set; }

    public bool Activate { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>This person's imports the server still keeps (newest first).</summary>
    public IReadOnlyList<ImportJobView> Recent { get; private set; } = [];

    public void OnGet(string? kind)
    {
        if (ImportKinds.TryParse(kind, out var chosen) && ImportChoices.Administrator.Contains(chosen)) Kind = chosen;
        Recent = store.JobsOf(User.Actor());
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var upload = await UploadReader.ReadAsync(HttpContext, antiforgery);
        if (upload.Forged) return BadRequest();
        var form = upload.Form;
        var errors = new List<string>();
        if (form is not null)
        {
            if (ImportKinds.TryParse(form["Kind"], out var kind) && ImportChoices.Administrator.Contains(kind)) Kind = kind;
            else errors.Add(text["Pilih jenis data yang diimpor."]);
            Edition = Trimmed(form["Edition"]);
            Source = Trimmed(form["Source"]);
            Activate = form["Activate"].Any(v => v is "true" or "on");
            if (ImportChoices.HasEdition(Kind) && Edition is null) errors.Add(text["Edisi wajib diisi untuk FORNAS dan DOEN (misalnya 2023)."]);
        }
        if (upload.Problem is not null) errors.Add(text[upload.Problem, upload.Arguments]);
        if (errors.Count == 0)
        {
            try
            {
                var options = ImportChoices.HasEdition(Kind) ? new ImportOptions(Edition, Source, Activate) : new ImportOptions();
                var job = store.Start(User.Actor(), Kind, upload.File!, options);
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

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
