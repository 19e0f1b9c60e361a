using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Startup;

namespace Requisition.Host.Pages.Account;

/// <summary>A user who holds several roles picks the one to act in (and can switch later).</summary>
[Authorize]
public sealed class RoleModel(AccountService accounts, DatabaseStartup database) : PageModel
{
    public IReadOnlyList<HeldRole> Roles { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        Roles = await accounts.RolesAsync(database.Database, User.Actor().UserId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int index, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        Roles = await accounts.RolesAsync(database.Database, User.Actor().UserId, cancellationToken);
        if (index < 0 || index >= Roles.Count) return BadRequest();
        var principal = ActorClaims.Principal(User.Actor().UserId, User.Identity!.Name!, Roles[index], CookieAuthenticationDefaults.AuthenticationScheme, "sign-in");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
