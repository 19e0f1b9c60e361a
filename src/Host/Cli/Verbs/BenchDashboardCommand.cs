using System.CommandLine;
using Requisition.Host.Cli.Bench.Dashboard;

namespace Requisition.Host.Cli.Verbs;

/// <summary>
/// <c>bench-dashboard</c>: the district indicator dashboard (dasbor indikator) over a year of closed history, in process
/// on a fresh SQLite file (issue 5, section 6: under 1 s). Seeds the district, warms up once, times the runs and reports
/// the median and the maximum against the target; it exits 0 either way.
/// </summary>
public static class BenchDashboardCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var puskesmas = new Option<int>("--puskesmas") { Description = "Puskesmas in the district, 1 to 1000 (default 40).", DefaultValueFactory = _ => 40 };
        var items = new Option<int>("--items") { Description = "Items on each LPLPO, 1 to 9999 (default 300).", DefaultValueFactory = _ => 300 };
        var months = new Option<int>("--months") { Description = "Months of closed history, the dashboard's range, 1 to 36 (default 12).", DefaultValueFactory = _ => 12 };
        var runs = new Option<int>("--runs") { Description = "Timed runs after the warm-up, 1 to 100 (default 5).", DefaultValueFactory = _ => 5 };
        var keep = new Option<bool>("--keep") { Description = "Keep the benchmark database instead of removing it." };
        var command = new Command("bench-dashboard", "Benchmark the district indicator dashboard over the seeded history.") { puskesmas, items, months, runs, keep };
        command.SetAction(parse => VerbGuard.Run(output, error, stdout =>
        {
            var options = Check(parse.GetValue(puskesmas), parse.GetValue(items), parse.GetValue(months), parse.GetValue(runs), parse.GetValue(keep));
            var result = DashboardBenchRunner.RunAsync(options, error).GetAwaiter().GetResult();
            DashboardBenchReport.Write(stdout, result);
            return VerbGuard.Ok;
        }));
        return command;
    }

    private static DashboardBenchOptions Check(int puskesmas, int items, int months, int runs, bool keep)
    {
        if (puskesmas is < 1 or > 1000) throw new UsageException($"--puskesmas: {puskesmas} is not from 1 to 1000.");
        if (items is < 1 or > 9999) throw new UsageException($"--items: {items} is not from 1 to 9999.");
        if (months is < 1 or > IndicatorMonths) throw new UsageException($"--months: {months} is not from 1 to {IndicatorMonths}.");
        if (runs is < 1 or > 100) throw new UsageException($"--runs: {runs} is not from 1 to 100.");
        return new DashboardBenchOptions(puskesmas, items, months, runs, keep);
    }

    private const int IndicatorMonths = Workflows.Cycle.Indicators.IndicatorQueries.MaxMonths;
}
