using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Host.Web.Startup;

namespace Requisition.Host.Pages.Account;

public sealed class SignInModel(AccountService accounts, DatabaseStartup database, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.SignInAsync(database.Database, UserName, Password, cancellationToken);
        if (result.Outcome == SignInOutcome.LockedOut)
        {
            ModelState.AddModelError("", text["Akun dikunci sementara setelah terlalu banyak percobaan gagal. Coba lagi setelah {0}.", result.LockedUntil!.Value.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm")]);
            return Page();
        }
        if (result.Outcome == SignInOutcome.Failed || result.Roles is not { Count: > 0 })
        {
            ModelState.AddModelError("", text["Nama pengguna atau kata sandi salah."]);
            return Page();
        }
        var principal = ActorClaims.Principal(result.UserId!, result.Name!, result.Roles[0], CookieAuthenticationDefaults.AuthenticationScheme, "sign-in");
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        if (result.Roles.Count > 1) return RedirectToPage("/Account/Role", new { returnUrl = ReturnUrl });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
