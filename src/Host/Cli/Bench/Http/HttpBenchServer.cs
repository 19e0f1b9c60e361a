using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Requisition.Host.Cli.Bench.Cycle;
using Requisition.Host.Web;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Seeding;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Cli.Bench.Http;

/// <summary>
/// The web app as deployed, in this process: Kestrel on 127.0.0.1 (a port the system picks) over a fresh SQLite file in
/// a temporary folder, seeded with the bench district before the server starts (no demo). The clock stands on the 4th
/// of the month after the bench month, 09:00 WIB, when pharmacists submit. Logs go to stderr, warnings only.
/// </summary>
public sealed class HttpBenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly bool _keep;

    private HttpBenchServer(WebApplication app, string folder, string file, string address, SeededDistrict district, double seedSeconds, bool keep)
    {
        _app = app;
        _folder = folder;
        File = file;
        Address = address;
        District = district;
        SeedSeconds = seedSeconds;
        _keep = keep;
    }

    /// <summary>The server's address, without a trailing slash.</summary>
    public string Address { get; }

    public string File { get; }

    public SeededDistrict District { get; }

    public double SeedSeconds { get; }

    public IServiceProvider Services => _app.Services;

    public CycleHost Cycle => _app.Services.GetRequiredService<CycleHost>();

    public static async Task<HttpBenchServer> StartAsync(HttpBenchOptions options)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"requisition-bench-http-{Guid.NewGuid().ToString("N")[..10]}");
        var file = Path.Combine(folder, "bench.db");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var database = await RequisitionDatabase.OpenAsync(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = file });
        var district = await DistrictSeeder.SeedAsync(database, BenchDistrict.Plan(options.Puskesmas, options.Items));
        var seedSeconds = watch.Elapsed.TotalSeconds;

        var day = BenchDistrict.Month.AddMonths(1).FirstDay;
        var clock = new SettableClock(new DateTimeOffset(day.Year, day.Month, 4, 9, 0, 0, TimeSpan.FromHours(7)));
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--db", file,
            "--Requisition:Demo=false",
            "--Requisition:TimerSeconds=86400",
        ];
        var app = WebApp.Build(args, builder =>
        {
            builder.Services.RemoveAll<IClock>();
            builder.Services.AddSingleton<IClock>(clock);
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return new HttpBenchServer(app, folder, file, address, district, seedSeconds, options.Keep);
    }

    /// <summary>The SQLite file with its write-ahead log.</summary>
    public long SizeBytes() => new[] { File, File + "-wal" }.Where(System.IO.File.Exists).Sum(f => new FileInfo(f).Length);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_keep) return;
        // The pooled connections hold the file open; let them go before the folder is removed.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
