using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Demo;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Admin;

/// <summary>
/// The district's facilities (IFK, puskesmas, sub-units) and its users with their roles: add a user with a role at a
/// facility, deactivate or reactivate one, reset a password (the new one is shown once, on this answer only).
/// </summary>
public sealed class FacilitiesModel(CycleHost cycle, AccountService accounts, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty]
    public AddUserForm NewUser { get; set; } = new();

    public IReadOnlyList<FacilityView> Facilities { get; private set; } = [];

    public IReadOnlyList<UserView> Users { get; private set; } = [];

    /// <summary>A password just set, shown once: the user and the password.</summary>
    public (string User, string Password)? NewPassword { get; private set; }

    public DateTimeOffset Now => cycle.Clock.Now;

    public string? ErrorAt(string field) => CommandForms.ErrorAt(ModelState, field);

    public IReadOnlyList<string> Errors => CommandForms.Summary(ModelState);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        try
        {
            var user = await cycle.FacilityAdmin.AddUserAsync(User.Actor(),
                new AddUserInput(NewUser.UserId ?? "", NewUser.Name ?? "", NewUser.Role ?? "", string.IsNullOrWhiteSpace(NewUser.FacilityId) ? null : NewUser.FacilityId), cancellationToken);
            return await ResetAndShowAsync(user.Id, text["Pengguna {0} ditambahkan.", user.Id].Value, cancellationToken);
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostActiveAsync(string userId, bool active, CancellationToken cancellationToken)
    {
        try
        {
            await cycle.FacilityAdmin.SetActiveAsync(User.Actor(), userId, new SetUserActiveInput(active), cancellationToken);
            TempData["Notice"] = (active ? text["Pengguna {0} diaktifkan kembali.", userId] : text["Pengguna {0} dinonaktifkan.", userId]).Value;
            return RedirectToPage();
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(string userId, CancellationToken cancellationToken)
    {
        await cycle.FacilityAdmin.UserAsync(User.Actor(), userId, cancellationToken);
        return await ResetAndShowAsync(userId, text["Kata sandi {0} diganti.", userId].Value, cancellationToken);
    }

    /// <summary>Sets a new generated password and answers with the page that shows it once (not redirected: it is in no URL or cookie).</summary>
    private async Task<IActionResult> ResetAndShowAsync(string userId, string notice, CancellationToken cancellationToken)
    {
        var password = Passwords.New();
        await accounts.SetPasswordsAsync(cycle.Database, new Dictionary<string, string> { [userId] = password }, cancellationToken);
        NewPassword = (userId, password);
        ViewData["Notice"] = notice;
        NewUser = new AddUserForm();
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Facilities = await cycle.FacilityAdmin.FacilitiesAsync(User.Actor(), cancellationToken);
        Users = await cycle.FacilityAdmin.UsersAsync(User.Actor(), cancellationToken);
    }
}

/// <summary>The add-user form as posted.</summary>
public sealed class AddUserForm
{
    public string? UserId { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? FacilityId { get; set; }
}
