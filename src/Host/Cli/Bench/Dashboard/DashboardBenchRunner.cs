using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Requisition.Host.Cli.Bench.Cycle;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.Cycle.Seeding;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Cli.Bench.Dashboard;

/// <summary>
/// Issue 5, section 6: seeds a district of the bench-cycle kind (<see cref="BenchDistrict"/>) with the given months of
/// closed history into a fresh SQLite file, adds an established RKO per puskesmas for each year of the history (so
/// planning accuracy has a plan), then times the district dashboard over the history's months as the IFK officer: one
/// untimed warm-up (JIT, EF's query cache), then the timed runs, each a whole <see cref="IndicatorQueries.DashboardAsync"/>;
/// last, one dashboard on a second host, which has not read the closed LPLPOs' lines yet (warm code, cold cache).
/// </summary>
public static class DashboardBenchRunner
{
    public static async Task<DashboardBenchResult> RunAsync(DashboardBenchOptions options, TextWriter progress)
    {
        await using var bench = await BenchDatabase.CreateAsync(new CycleBenchOptions(options.Puskesmas, options.Items, DatabaseProvider.Sqlite, null, options.Keep));
        var database = bench.Database;
        var plan = BenchDistrict.Plan(options.Puskesmas, options.Items) with { HistoryMonths = options.Months };
        progress.WriteLine($"bench-dashboard: seeding {options.Puskesmas} puskesmas x {options.Items} items x {options.Months} months into {bench.Location} ...");
        var watch = Stopwatch.StartNew();
        var seeded = await DistrictSeeder.SeedAsync(database, plan);
        var from = plan.LastClosedPeriod.AddMonths(1 - options.Months);
        var to = plan.LastClosedPeriod;
        await AddPlansAsync(database, seeded, from, to);
        var seedSeconds = watch.Elapsed.TotalSeconds;

        var clock = new SettableClock(new DateTimeOffset(to.AddMonths(2).FirstDay.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)));
        var host = CycleHost.Load(database, Path.Combine(AppContext.BaseDirectory, "workflows"), Path.Combine(ReferenceData.Folder, ReferenceData.ThresholdsFile), clock);
        var actor = new Actor(seeded.IfkOfficer, CycleRoles.IfkOfficer, seeded.IfkId);
        var query = new IndicatorQuery(null, from, to);

        progress.WriteLine($"bench-dashboard: warming up, then {options.Runs} timed runs of the district dashboard {from}..{to} ...");
        watch.Restart();
        var dashboard = await host.Indicators.DashboardAsync(actor, query);
        var warmup = watch.Elapsed.TotalMilliseconds;
        var runs = new List<double>(options.Runs);
        var cpu = new List<double>(options.Runs);
        var process = Process.GetCurrentProcess();
        var gcBefore = GcCounts.Now();
        for (var run = 0; run < options.Runs; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            watch.Restart();
            dashboard = await host.Indicators.DashboardAsync(actor, query);
            runs.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        var gc = GcCounts.Now() - gcBefore;

        // A second host on the same database shares no cache with the first: its first dashboard reads every line again.
        var fresh = CycleHost.Load(database, Path.Combine(AppContext.BaseDirectory, "workflows"), Path.Combine(ReferenceData.Folder, ReferenceData.ThresholdsFile), clock);
        watch.Restart();
        await fresh.Indicators.DashboardAsync(actor, query);
        var uncached = watch.Elapsed.TotalMilliseconds;

        await using var db = database.CreateDbContext();
        var lines = await db.LplpoItems.AsNoTracking().LongCountAsync();
        return new DashboardBenchResult(options.Puskesmas, options.Items, from, to, bench.Location, options.Keep, seedSeconds, warmup, uncached, runs, cpu, gc,
            dashboard.Figures.Count, dashboard.Trends.Sum(t => t.Points.Count), lines);
    }

    /// <summary>An established RKO per puskesmas and year of the range: each item planned at 1.1 x its use in the seeded history, scaled to a year.</summary>
    private static async Task AddPlansAsync(RequisitionDatabase database, SeededDistrict seeded, Period from, Period to)
    {
        await using var db = database.CreateDbContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var periods = Enumerable.Range(0, to.Ordinal - from.Ordinal + 1).Select(from.AddMonths).ToList();
        var use = await (
                from i in db.LplpoItems.AsNoTracking()
                join r in db.Lplpos.AsNoTracking() on i.LplpoId equals r.Id
                where r.Kind == LplpoKind.Regular && periods.Contains(r.Period)
                group i by new { r.FacilityId, i.DrugCode } into g
                select new { g.Key.FacilityId, g.Key.DrugCode, Used = g.Sum(i => i.Used) })
            .ToListAsync();
        var byFacility = use.ToLookup(u => u.FacilityId);
        var months = periods.Count;
        foreach (var puskesmas in seeded.Puskesmas)
        {
            var facility = new FacilityId(puskesmas.Id);
            foreach (var year in periods.Select(p => p.Year).Distinct())
            {
                db.Rkos.Add(new RkoDocument
                {
                    FacilityId = facility, Year = year, Method = RkoMethod.Consumption, Status = PlanStatus.Established, CreatedAt = DateTimeOffset.UnixEpoch,
                    EstablishedBy = puskesmas.Head, EstablishedAt = DateTimeOffset.UnixEpoch,
                    Lines = byFacility[facility].Select(u =>
                    {
                        var annual = u.Used * 12m / months;
                        return new RkoItem { DrugCode = u.DrugCode, AvgMonthlyUse = annual / 12, AnnualUse = annual, PlannedNeed = (long)Math.Ceiling(annual * 1.1m) };
                    }).ToList(),
                });
            }
        }
        await db.SaveChangesAsync();
    }
}
