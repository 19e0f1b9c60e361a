using System.CommandLine;
using Requisition.Host.Cli.Bench.Http;

namespace Requisition.Host.Cli.Verbs;

/// <summary>
/// <c>bench-http</c>: the web app over HTTP on loopback against a fresh SQLite file (issue 4, section 5). Times the
/// REST API's submit of a 300-line LPLPO (200 submissions: 5 rounds of 40 puskesmas, returned by the IFK in between) and
/// the IFK queue page of the 40-puskesmas district. Reports percentiles and the targets met or missed; exits 0 either way.
/// </summary>
public static class BenchHttpCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var puskesmas = new Option<int>("--puskesmas") { Description = "Puskesmas in the district, 1 to 1000 (default 40).", DefaultValueFactory = _ => 40 };
        var items = new Option<int>("--items") { Description = "Items on each LPLPO, 1 to 9999 (default 300).", DefaultValueFactory = _ => 300 };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds of submissions, one per puskesmas each, 1 to 100 (default 5).", DefaultValueFactory = _ => 5 };
        var queue = new Option<int>("--queue-requests") { Description = "Timed requests of the IFK queue page, 1 to 10000 (default 50).", DefaultValueFactory = _ => 50 };
        var keep = new Option<bool>("--keep") { Description = "Keep the benchmark database instead of removing it." };
        var cold = new Option<bool>("--no-warmup") { Description = "Time the first round too (cold code) instead of running an untimed round first." };
        var command = new Command("bench-http", "Benchmark the web app over HTTP: LPLPO submissions through the REST API and the IFK queue page.")
        {
            puskesmas, items, rounds, queue, keep, cold,
        };
        command.SetAction(parse => VerbGuard.Run(output, error, stdout =>
        {
            var options = Check(parse.GetValue(puskesmas), parse.GetValue(items), parse.GetValue(rounds), parse.GetValue(queue))
                with { Keep = parse.GetValue(keep), Warmup = !parse.GetValue(cold) };
            var result = HttpBenchRunner.RunAsync(options, error).GetAwaiter().GetResult();
            HttpBenchReport.Write(stdout, result);
            return VerbGuard.Ok;
        }));
        return command;
    }

    private static HttpBenchOptions Check(int puskesmas, int items, int rounds, int queueRequests)
    {
        if (puskesmas is < 1 or > 1000) throw new UsageException($"--puskesmas: {puskesmas} is not from 1 to 1000.");
        if (items is < 1 or > 9999) throw new UsageException($"--items: {items} is not from 1 to 9999.");
        if (rounds is < 1 or > 100) throw new UsageException($"--rounds: {rounds} is not from 1 to 100.");
        if (queueRequests is < 1 or > 10000) throw new UsageException($"--queue-requests: {queueRequests} is not from 1 to 10000.");
        return new HttpBenchOptions(puskesmas, items, rounds, queueRequests);
    }
}
