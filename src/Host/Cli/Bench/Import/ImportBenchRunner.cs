using System.Diagnostics;
using Requisition.Host.Cli.Bench.Cycle;
using Requisition.Host.Cli.Import;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Seeding;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Cli.Bench.Import;

/// <summary>
/// Issue 5, section 6: on a fresh SQLite file, seeds the district's facilities, users and catalog without any history
/// (<see cref="DistrictSeeder"/>, the cheapest way), writes history.csv for every puskesmas, item and month, then times
/// the import as a person runs it (the preview, then the apply of the file previewed) with progress on standard error,
/// and a second apply of the same file, which must change nothing. Seeding and writing the file are not timed.
/// </summary>
public static class ImportBenchRunner
{
    public static async Task<ImportBenchResult> RunAsync(ImportBenchOptions options, TextWriter progress)
    {
        await using var bench = await BenchDatabase.CreateAsync(new CycleBenchOptions(options.Puskesmas, options.Items, DatabaseProvider.Sqlite, null, options.Keep));
        progress.WriteLine($"bench-import: seeding {options.Puskesmas} puskesmas x {options.Items} items (no history) into {bench.Location} ...");
        var watch = Stopwatch.StartNew();
        var plan = BenchDistrict.Plan(options.Puskesmas, options.Items) with { HistoryMonths = 0 };
        var seeded = await DistrictSeeder.SeedAsync(bench.Database, plan);
        var seedSeconds = watch.Elapsed.TotalSeconds;

        var first = BenchDistrict.LastClosed.AddMonths(1 - options.Months);
        var content = HistoryFile.Write(seeded.Puskesmas.Select(p => p.Id).ToList(), plan.Items.Select(i => i.Code).ToList(), first, options.Months);
        var file = new ImportFile("history.csv", content);
        progress.WriteLine($"bench-import: history.csv: {options.Puskesmas * options.Items * options.Months:N0} rows, {content.Length / (1024.0 * 1024.0):0.0} MB, {first} to {BenchDistrict.LastClosed}");

        // The district's calendar stands in the month after the cycle month, so every history month is in the past.
        var clock = new SettableClock(new DateTimeOffset(BenchDistrict.Month.AddMonths(1).FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)));
        var host = CycleHost.Load(bench.Database, Path.Combine(AppContext.BaseDirectory, "workflows"), Path.Combine(ReferenceData.Folder, ReferenceData.ThresholdsFile), clock);
        var admin = new Actor(seeded.Administrator, CycleRoles.Administrator, null);
        var noOptions = new ImportOptions();

        progress.WriteLine("bench-import: preview ...");
        var bar = ProgressBar.For(progress);
        watch.Restart();
        var preview = await host.Imports.PreviewAsync(admin, ImportKind.History, file, noOptions, bar);
        var previewSeconds = watch.Elapsed.TotalSeconds;
        bar.Finish();
        if (!preview.Valid)
            throw new InvalidOperationException($"the generated history.csv was refused: {string.Join("; ", preview.Errors.Take(5))}");

        progress.WriteLine("bench-import: apply ...");
        bar = ProgressBar.For(progress);
        watch.Restart();
        var applied = await host.Imports.ApplyAsync(admin, ImportKind.History, file, noOptions, preview.Sha256, bar);
        var applySeconds = watch.Elapsed.TotalSeconds;
        bar.Finish();

        progress.WriteLine("bench-import: the same file again ...");
        bar = ProgressBar.For(progress);
        watch.Restart();
        var again = await host.Imports.ApplyAsync(admin, ImportKind.History, file, noOptions, preview.Sha256, bar);
        var reapplySeconds = watch.Elapsed.TotalSeconds;
        bar.Finish();

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var written = applied.Preview;
        return new ImportBenchResult(options.Puskesmas, options.Items, options.Months, bench.Location, options.Keep, seedSeconds,
            preview.Rows, content.LongLength, previewSeconds, applySeconds, written.Added, written.Changed, written.Unchanged,
            reapplySeconds, again.Preview.Added, again.Preview.Changed, again.Preview.Unchanged, process.PeakWorkingSet64);
    }
}
