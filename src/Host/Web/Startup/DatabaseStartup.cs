using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Requisition.Host.Cli.Cycle;
using Requisition.Host.Web.Demo;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web.Startup;

/// <summary>
/// Opens the database before the server takes requests: brings its schema up to date and, on an empty database, seeds
/// the demo district (and prints its users' passwords). Then holds the planning cycle's host for the app's lifetime.
/// </summary>
public sealed class DatabaseStartup(IOptions<WebSettings> settings, IClock clock, DemoSeeder demo, ILogger<DatabaseStartup> log) : IHostedLifecycleService
{
    private CycleHost? _host;

    /// <summary>The planning cycle on the opened database.</summary>
    public CycleHost Host => _host ?? throw new InvalidOperationException("The database is not open yet.");

    public RequisitionDatabase Database => Host.Database;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var options = Options(settings.Value);
        log.LogInformation("Opening {Database}", Describe(settings.Value));
        var database = await RequisitionDatabase.OpenAsync(options, cancellationToken);
        var host = CycleHosting.Load(database, clock);
        await using (var db = database.CreateDbContext())
        {
            if (settings.Value.Demo && !await db.Facilities.AnyAsync(cancellationToken))
                await demo.SeedAsync(host, settings.Value, cancellationToken);
        }
        _host = host;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static DatabaseOptions Options(WebSettings settings)
    {
        if (settings.Postgres is { Length: > 0 } connection)
            return new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connection };
        var file = settings.DatabaseFile();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = file };
    }

    private static string Describe(WebSettings settings) =>
        settings.Postgres is { Length: > 0 } ? "the PostgreSQL database" : $"SQLite file {settings.DatabaseFile()}";
}
