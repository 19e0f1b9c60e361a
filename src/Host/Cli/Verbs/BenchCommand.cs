using System.CommandLine;
using System.Globalization;
using Requisition.Host.Cli.Bench;
using Requisition.Host.Cli.Output;

namespace Requisition.Host.Cli.Verbs;

/// <summary><c>bench</c>: the rules-engine benchmark of WORKLOAD.md, engine against plain evaluation.</summary>
public static class BenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var facilities = new Option<string>("--facilities") { Description = "Comma-separated sizes in facilities.", DefaultValueFactory = _ => "1,40,400,4000" };
        var format = Options.Format("table", "csv", "table");
        var warmUp = new Option<double>("--warmup-seconds")
        {
            Description = "Least time spent in warm-up sessions before measuring, so the JIT's final code is measured (default 3).",
            DefaultValueFactory = _ => 3,
        };
        var command = new Command("bench", "Benchmark the rules engine on the generated workload.") { facilities, format, warmUp };
        command.SetAction(parse => VerbGuard.Run(output, error, stdout =>
        {
            var sizes = ParseSizes(parse.GetValue(facilities)!);
            var seconds = parse.GetValue(warmUp);
            if (seconds < 0 || seconds > 600) throw new UsageException($"--warmup-seconds: {seconds} is not from 0 to 600.");
            var (set, compileMs) = BenchRunner.Compile();
            BenchRunner.WarmUp(set, sessions: seconds == 0 ? 5 : 200, minimum: TimeSpan.FromSeconds(seconds));
            var rows = new List<BenchRow>();
            foreach (var size in sizes)
            {
                error.WriteLine($"bench: {size} facilities ...");
                rows.Add(BenchRunner.Measure(size, set, compileMs));
            }
            Write(stdout, rows, parse.GetValue(format)!);
            return VerbGuard.Ok;
        }));
        return command;
    }

    private static IReadOnlyList<int> ParseSizes(string text)
    {
        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1 || size > 10_000)
                throw new UsageException($"--facilities: '{part}' is not a number of facilities from 1 to 10000.");
            sizes.Add(size);
        }
        return sizes.Count > 0 ? sizes : throw new UsageException("--facilities: give at least one size.");
    }

    private static void Write(TextWriter writer, IReadOnlyList<BenchRow> rows, string format)
    {
        static string Ms(double v) => v.ToString(v < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture);
        if (format == "csv")
        {
            writer.WriteLine("facilities,lines,compile_ms,insert_ms,fire_ms,total_ms,plain_ms,ratio,alloc_mb,peak_mb,flags,alerts");
            foreach (var r in rows)
                writer.WriteLine(string.Join(",", r.Facilities, r.Lines, Ms(r.CompileMs), Ms(r.InsertMs), Ms(r.FireMs), Ms(r.TotalMs),
                    Ms(r.PlainMs), r.Ratio.ToString("0.00", CultureInfo.InvariantCulture), r.AllocMb.ToString("0.0", CultureInfo.InvariantCulture),
                    r.PeakMb.ToString("0", CultureInfo.InvariantCulture), r.Flags, r.Alerts));
            return;
        }
        var table = new TextTable("FACILITIES", "LINES", "COMPILE_MS", "INSERT_MS", "FIRE_MS", "TOTAL_MS", "PLAIN_MS", "RATIO", "ALLOC_MB", "PEAK_MB", "FLAGS", "ALERTS", "LINES/S", "RUNS");
        foreach (var r in rows)
            table.Add(r.Facilities, r.Lines, Ms(r.CompileMs), Ms(r.InsertMs), Ms(r.FireMs), Ms(r.TotalMs), Ms(r.PlainMs),
                r.Ratio.ToString("0.00", CultureInfo.InvariantCulture), r.AllocMb.ToString("0.0", CultureInfo.InvariantCulture),
                r.PeakMb.ToString("0", CultureInfo.InvariantCulture), r.Flags, r.Alerts,
                (r.Lines / (r.TotalMs / 1000)).ToString("0", CultureInfo.InvariantCulture), r.Runs);
        table.WriteTo(writer);
    }
}
