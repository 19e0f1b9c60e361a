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
/// One import job (/Imports/{jobId}), for the person who started it only (anyone else: 404): while the file is checked or
/// written, the stage and how far it is (the page reloads itself every second, or a script moves the bar); then the
/// preview (counts, every error with its file, sheet, row and column, the changes, the notes) with "Simpan ke basis data"
/// when the file is valid and changes something; then what was written, and for new users their passwords, this once.
/// </summary>
public sealed class JobModel(ImportJobStore store, IStringLocalizer<ImportText> text) : PageModel
{
    public ImportJobView Job { get; private set; } = null!;

    /// <summary>The new users' passwords, on the first view of the result only.</summary>
    public IReadOnlyList<IssuedPassword> Passwords { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IActionResult OnGet(string jobId)
    {
        if (store.Find(User.Actor(), jobId) is not { } job) return NotFound();
        Passwords = job.TakePasswords();
        Job = job.Snapshot();
        return Page();
    }

    public IActionResult OnPostApply(string jobId, string? sha256)
    {
        if (store.Find(User.Actor(), jobId) is not { } job) return NotFound();
        try
        {
            store.Confirm(job, sha256 ?? "");
            return Redirect($"/Imports/{job.Id}");
        }
        catch (CommandRejectedException refused)
        {
            Errors = [text["Tidak disimpan:"] + " " + string.Join("; ", refused.Errors.Select(e => e.Message))];
        }
        Job = job.Snapshot();
        return Page();
    }
}
