using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Requisition.Host.Web;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Startup;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.EndToEnd.Tests.Support;

/// <summary>
/// The real web app on Kestrel at http://127.0.0.1 on a port the system picks, over a SQLite file in a folder of its
/// own, seeded with a two-puskesmas demo district on a fixed clock (24 November 2026, 09:00 WIB: the September cycle
/// played, the October LPLPOs drafted). A browser reaches it as it would a deployed server. Every demo user's password
/// is set to <see cref="Password"/>; the folder is removed at the end.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    /// <summary>Only for the throwaway users of this test server.</summary>
    public const string Password = "e2e-password-only";

    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly WebApplication _app;
    private readonly string _folder;

    private AppServer(WebApplication app, string folder, string baseUrl, DemoUsers users, SettableClock clock)
    {
        _app = app;
        Clock = clock;
        _folder = folder;
        BaseUrl = baseUrl;
        Users = users;
    }

    /// <summary>The server's address, without a trailing slash.</summary>
    public string BaseUrl { get; }

    public DemoUsers Users { get; }

    /// <summary>The app's clock: moves only when a test moves it.</summary>
    public SettableClock Clock { get; }

    public CycleHost Cycle => _app.Services.GetRequiredService<CycleHost>();

    public IServiceProvider Services => _app.Services;

    public static async Task<AppServer> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "requisition-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var clock = new SettableClock(Now);
        string[] args =
        [
            // The pages are compiled into the web app's assembly, not this test assembly (the process's entry point).
            "--applicationName", typeof(WebApp).Assembly.GetName().Name!,
            "--environment", "Testing",
            "--urls", "http://127.0.0.1:0",
            "--db", Path.Combine(folder, "requisition.db"),
            "--Requisition:DemoPuskesmas=2",
            "--Requisition:DemoCredentialsFile=" + Path.Combine(folder, "demo-users.txt"),
            "--Requisition:TimerSeconds=3600",
            "--Logging:LogLevel:Default=Warning",
        ];
        var app = WebApp.Build(args, builder =>
        {
            builder.Services.RemoveAll<IClock>();
            builder.Services.AddSingleton<IClock>(clock);
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            Delete(folder);
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var database = app.Services.GetRequiredService<DatabaseStartup>().Database;
        await using var db = database.CreateDbContext();
        var users = await db.Users.AsNoTracking().Select(u => u.Id).ToListAsync();
        await app.Services.GetRequiredService<AccountService>().SetPasswordsAsync(database, users.ToDictionary(u => u, _ => Password));
        var roles = await db.UserRoles.AsNoTracking().ToListAsync();
        return new AppServer(app, folder, address.TrimEnd('/'), new DemoUsers(roles.Select(r => (r.UserId, r.Role, r.FacilityId?.Value)).ToList()), clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Delete(_folder);
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS; the temp folder is cleaned up by the system later.
        }
    }
}
