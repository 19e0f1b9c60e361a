using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Admin;

/// <summary>
/// API tokens for other systems: the list (never the secrets), issuing one for a user in one of their roles (the secret
/// shown once, on this answer only), and revoking one.
/// </summary>
public sealed class TokensModel(ApiTokenService tokens, CycleHost cycle, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty]
    public TokenForm NewToken { get; set; } = new();

    public IReadOnlyList<ApiTokenView> Tokens { get; private set; } = [];

    /// <summary>Every role users hold, as "user|role|facility" choices for the form.</summary>
    public IReadOnlyList<(string Value, string Text)> RoleChoices { get; private set; } = [];

    public NewApiToken? Issued { get; private set; }

    public DateTimeOffset Now => cycle.Clock.Now;

    public DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(cycle.UtcOffset);

    public string? ErrorAt(string field) => CommandForms.ErrorAt(ModelState, field);

    public IReadOnlyList<string> Errors => CommandForms.Summary(ModelState);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken cancellationToken)
    {
        var parts = (NewToken.Holder ?? "").Split('|');
        DateTimeOffset? expires = null;
        if (!string.IsNullOrWhiteSpace(NewToken.ExpiresOn))
        {
            if (DateOnly.TryParseExact(NewToken.ExpiresOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                expires = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), cycle.UtcOffset);
            else ModelState.AddModelError("expiresAt", text["tanggal tidak dikenali"].Value);
        }
        if (parts.Length != 3) ModelState.AddModelError("role", text["pilih pengguna dan perannya"].Value);
        if (ModelState.ErrorCount == 0)
        {
            try
            {
                Issued = await tokens.IssueAsync(User.Actor(), NewToken.Name ?? "", parts[0], parts[1], parts[2].Length == 0 ? null : parts[2], expires, cancellationToken);
                NewToken = new TokenForm();
                ModelState.Clear();
            }
            catch (CommandRejectedException refused)
            {
                CommandForms.AddErrors(ModelState, refused);
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken cancellationToken)
    {
        await tokens.RevokeAsync(User.Actor(), id, cancellationToken);
        TempData["Notice"] = text["Token {0} dicabut.", id].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tokens = (await tokens.ListAsync(User.Actor(), cancellationToken)).OrderByDescending(t => t.Id).ToList();
        var users = await cycle.FacilityAdmin.UsersAsync(User.Actor(), cancellationToken);
        RoleChoices = users.Where(u => u.Active)
            .SelectMany(u => u.Roles.Select(r => ($"{u.Id}|{r.Role}|{r.FacilityId}", $"{u.Id} · {r.Role}{(r.FacilityId is { } f ? " · " + f : "")}")))
            .ToList();
    }
}

/// <summary>The issue-token form as posted: a name, the holder as "user|role|facility", an optional last day.</summary>
public sealed class TokenForm
{
    public string? Name { get; set; }

    public string? Holder { get; set; }

    /// <summary>yyyy-MM-dd (a date input); the token stops working at the start of that day.</summary>
    public string? ExpiresOn { get; set; }
}
