using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Requisition.Host.Cli.Cycle;
using Requisition.Host.Cli.Verbs;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Seeding;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Cli.Demo;

/// <summary>
/// Seeds the demo district into an empty database, then plays one monthly cycle through the application commands
/// (the same ones the web app and the <c>cycle</c> verbs call) on a clock that walks through the following month.
/// </summary>
public static class DemoRun
{
    public static async Task<DemoOutcome> RunAsync(DatabaseTarget target, int puskesmas, Period period)
    {
        var fornas = ReferenceData.Fornas();
        var catalog = DemoCatalog.Build(CsvTable.Load(Path.Combine(ReferenceData.Folder, DemoCatalog.ItemsFile)), fornas);
        var database = await target.OpenAsync();
        await using (var db = database.CreateDbContext())
        {
            var facilities = await db.Facilities.CountAsync();
            if (facilities > 0)
            {
                var (option, instead) = target.Options.Provider == DatabaseProvider.Sqlite
                    ? ("--db", "delete the file or name another with --db")
                    : ("--postgres", "drop the database or name another in the connection string");
                throw new UsageException($"{option}: {target.Description} already holds a district ({facilities} facilities); " +
                    $"the demo only seeds an empty database: {instead}.");
            }
        }

        var started = Stopwatch.GetTimestamp();
        var district = await DistrictSeeder.SeedAsync(database, DemoDistrict.Plan(puskesmas, period, catalog, fornas));
        var seeding = Stopwatch.GetElapsedTime(started);

        var firstDay = period.AddMonths(1).FirstDay;
        var clock = new SettableClock(new DateTimeOffset(firstDay.Year, firstDay.Month, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        var host = CycleHosting.Load(database, clock);
        started = Stopwatch.GetTimestamp();
        var month = await MonthDriver.RunAsync(host, clock, district, period);
        var cycle = Stopwatch.GetElapsedTime(started);
        return new DemoOutcome(target.Description, catalog, district, month, await FlagsAsync(host, district, period), seeding, cycle);
    }

    /// <summary>The flags of the month's puskesmas LPLPOs (what the IFK sees on each), by rule and severity.</summary>
    private static async Task<IReadOnlyList<DemoFlagCount>> FlagsAsync(CycleHost host, SeededDistrict district, Period period)
    {
        var ifk = new Actor(district.IfkOfficer, CycleRoles.IfkOfficer, district.IfkId);
        var flags = new List<FlagView>();
        foreach (var lplpo in await host.Queries.LplposAsync(ifk, period.ToString()))
        {
            if (lplpo.Kind != "regular" || lplpo.SupplierId != district.IfkId) continue;
            flags.AddRange((await host.Queries.LplpoAsync(ifk, lplpo.Id)).Flags);
        }
        return flags.GroupBy(f => f.Rule, StringComparer.Ordinal)
            .Select(g => new DemoFlagCount(g.Key, g.Count(f => f.Severity == Severity.Error), g.Count(f => f.Severity == Severity.Warning),
                g.Count(f => f.Severity == Severity.Info), g.Count(f => f.Status == FlagStatus.Acknowledged)))
            .OrderByDescending(c => c.Total).ThenBy(c => c.Rule, StringComparer.Ordinal)
            .ToList();
    }
}
