using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Api;
using Requisition.Host.Web.Startup;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Tests.Web.Support;

/// <summary>
/// The web app over a real SQLite file in a folder of its own, seeded with a two-puskesmas demo district on a fixed
/// clock (24 November 2026, 09:00 WIB: the September cycle played, the October LPLPOs drafted). Every demo user's
/// password is set to <see cref="Password"/>. Shared by the tests of a class; tests that change state use their own
/// documents or their own fixture.
/// </summary>
public sealed partial class WebFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Only for the throwaway test users of this fixture.</summary>
    public const string Password = "test-password-only";

    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "requisition-web-" + Guid.NewGuid().ToString("N")[..12]);

    public SettableClock Clock { get; } = new(Now);

    public string DatabaseFile => Path.Combine(_folder, "requisition.db");

    public CycleHost Cycle => Services.GetRequiredService<CycleHost>();

    public DemoUsers Users { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Requisition:Database", DatabaseFile);
        builder.UseSetting("Requisition:DemoPuskesmas", "2");
        builder.UseSetting("Requisition:DemoCredentialsFile", Path.Combine(_folder, "demo-users.txt"));
        builder.UseSetting("Requisition:TimerSeconds", "3600");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
        });
    }

    public async Task InitializeAsync()
    {
        _ = Server;
        var database = Services.GetRequiredService<DatabaseStartup>().Database;
        await using var db = database.CreateDbContext();
        var users = await db.Users.AsNoTracking().Select(u => u.Id).ToListAsync();
        await Services.GetRequiredService<AccountService>().SetPasswordsAsync(database, users.ToDictionary(u => u, _ => Password));
        var roles = await db.UserRoles.AsNoTracking().ToListAsync();
        Users = new DemoUsers(roles.Select(r => (r.UserId, r.Role, r.FacilityId?.Value)).ToList());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS; the temp folder is cleaned up by the system later.
        }
    }

    /// <summary>A client with no cookies that does not follow redirects (to see them).</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as <paramref name="user"/> through the sign-in form, sending the page's anti-forgery token on API calls.</summary>
    public async Task<HttpClient> SignInAsync(string user, string password = Password)
    {
        var client = Anonymous();
        var response = await PostFormAsync(client, "/account/sign-in", new() { ["UserName"] = user, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"sign-in as {user} answered {(int)response.StatusCode}");
        client.DefaultRequestHeaders.Add(ApiAntiforgery.Header, await TokenAsync(client, "/"));
        return client;
    }

    /// <summary>A client that calls the API with a new API token for <paramref name="user"/> in <paramref name="role"/>.</summary>
    public async Task<HttpClient> TokenClientAsync(string user, string role, string? facility)
    {
        var admin = new Actor(Users.Administrator, CycleRoles.Administrator, null);
        var token = await Services.GetRequiredService<ApiTokenService>().IssueAsync(admin, $"test {user}", user, role, facility, null);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Secret);
        return client;
    }

    /// <summary>GETs a page and POSTs a form to it with the page's anti-forgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? pageToRead = null)
    {
        var token = await TokenAsync(client, pageToRead ?? path);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    /// <summary>The anti-forgery token in the first form of a page.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenField().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"{path} has no form with an anti-forgery token");
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options))!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

/// <summary>The demo district's users by role and facility.</summary>
public sealed class DemoUsers(IReadOnlyList<(string User, string Role, string? Facility)> roles)
{
    public IReadOnlyList<(string User, string Role, string? Facility)> Roles { get; } = roles;

    public string Administrator => One(CycleRoles.Administrator);

    public string IfkOfficer => One(CycleRoles.IfkOfficer);

    public string IfkId => Roles.First(r => r.Role == CycleRoles.IfkOfficer).Facility!;

    /// <summary>The puskesmas ids, in order.</summary>
    public IReadOnlyList<string> Puskesmas => Roles.Where(r => r.Role == CycleRoles.Pharmacist).Select(r => r.Facility!).Distinct().Order(StringComparer.Ordinal).ToList();

    public string One(string role, string? facility = null) =>
        Roles.First(r => r.Role == role && (facility is null || r.Facility == facility)).User;
}
