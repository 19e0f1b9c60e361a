using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Seeding;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Cli.Bench.Cycle;

/// <summary>
/// Issue 3, section 7: seeds a district into a fresh database, then times one month played through the application
/// commands by <see cref="MonthDriver"/> (draft, submit, batch approval and review with a share of lines adjusted,
/// ship, receive), without sub-unit or emergency requests. Seeding is not part of the month's time. Unless told
/// otherwise, the same district's month is played first on its own database, so that the measured month is the
/// process's second: the JIT compiler has taken the hot code through its tiers and EF Core's query cache is filled, as
/// in a host that has been serving for a while. A smaller warm-up leaves the per-command code half-way through tiering
/// (thousands of methods recompiled during the measured month, seconds of processor time on the JIT's thread).
/// </summary>
public static class CycleBenchRunner
{
    public static async Task<CycleBenchResult> RunAsync(CycleBenchOptions options, TextWriter progress)
    {
        double? warmupSeconds = null;
        if (options.Warmup)
        {
            progress.WriteLine($"bench-cycle: warming up: the same district's month on its own database ...");
            await using var warm = await BenchDatabase.CreateAsync(options with { Keep = false });
            var warmSeeded = await DistrictSeeder.SeedAsync(warm.Database, BenchDistrict.Plan(options.Puskesmas, options.Items));
            var warmWatch = Stopwatch.StartNew();
            await PlayAsync(warm.Database, warmSeeded);
            warmupSeconds = warmWatch.Elapsed.TotalSeconds;
        }

        await using var bench = await BenchDatabase.CreateAsync(options);
        var database = bench.Database;
        progress.WriteLine($"bench-cycle: seeding {options.Puskesmas} puskesmas x {options.Items} items into {options.Provider.ToString().ToLowerInvariant()} ({bench.Location}) ...");
        var watch = Stopwatch.StartNew();
        var seeded = await DistrictSeeder.SeedAsync(database, BenchDistrict.Plan(options.Puskesmas, options.Items));
        var seedSeconds = watch.Elapsed.TotalSeconds;

        var movementsBefore = await CountMovementsAsync(database);
        progress.WriteLine($"bench-cycle: playing {BenchDistrict.Month} ...");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var gcBefore = GcCounts.Now();
        watch.Restart();
        var month = await PlayAsync(database, seeded);
        var monthSeconds = watch.Elapsed.TotalSeconds;
        var monthCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var gc = GcCounts.Now() - gcBefore;

        await using var db = database.CreateDbContext();
        var period = BenchDistrict.Month;
        var lines = await db.LplpoItems.AsNoTracking()
            .CountAsync(i => db.Lplpos.Any(r => r.Id == i.LplpoId && r.Period == period && r.Kind == LplpoKind.Regular));
        var movements = await CountMovementsAsync(database) - movementsBefore;
        var size = await bench.SizeBytesAsync();
        return new CycleBenchResult(options.Provider, options.Puskesmas, options.Items, bench.Location, options.Keep, seedSeconds, warmupSeconds, monthSeconds, monthCpuSeconds,
            month.LplposStarted, lines, month.LinesAdjusted, month.LplposApprovedInBatch, month.LplposClosed, movements,
            month.SubmitMilliseconds, month.FlagsByRule, size, gc);
    }

    /// <summary>The bench month: the district's LPLPOs from draft to receipt, with a tenth of the reviewed lines adjusted.</summary>
    private static Task<MonthSummary> PlayAsync(RequisitionDatabase database, SeededDistrict seeded)
    {
        var clock = new SettableClock(new DateTimeOffset(BenchDistrict.Month.AddMonths(1).FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)));
        var host = CycleHost.Load(database, Path.Combine(AppContext.BaseDirectory, "workflows"), Path.Combine(ReferenceData.Folder, ReferenceData.ThresholdsFile), clock);
        return MonthDriver.RunAsync(host, clock, seeded, BenchDistrict.Month,
            new MonthOptions { AdjustShare = 0.10, SubUnitsAndEmergency = false, ReturnOne = false });
    }

    private static async Task<long> CountMovementsAsync(RequisitionDatabase database)
    {
        await using var db = database.CreateDbContext();
        return await db.StockMovements.LongCountAsync();
    }
}
