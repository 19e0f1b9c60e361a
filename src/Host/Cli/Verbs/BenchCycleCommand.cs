using System.CommandLine;
using Requisition.Host.Cli.Bench.Cycle;
using Requisition.Workflows.Persistence;

namespace Requisition.Host.Cli.Verbs;

/// <summary>
/// <c>bench-cycle</c>: a district month end to end in process (issue 3, section 7), on a fresh SQLite or PostgreSQL
/// database. Reports times, counts, database size and the targets met or missed; it exits 0 either way. By default the
/// same month is played first on its own throwaway database, so that the month measured runs on code that is already
/// compiled (as in a host that has been serving for a while); <c>--no-warmup</c> measures a cold process.
/// </summary>
public static class BenchCycleCommand
{
    public const string PostgresVariable = "REQUISITION_POSTGRES";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var puskesmas = new Option<int>("--puskesmas") { Description = "Puskesmas in the district, 1 to 1000 (default 40).", DefaultValueFactory = _ => 40 };
        var items = new Option<int>("--items") { Description = "Items on each LPLPO, 1 to 9999 (default 300).", DefaultValueFactory = _ => 300 };
        var provider = new Option<string>("--provider") { Description = "The database: sqlite (a temporary file) or postgres (a new database on the server).", DefaultValueFactory = _ => "sqlite" };
        provider.AcceptOnlyFromAmong("sqlite", "postgres");
        var postgres = new Option<string?>("--postgres") { Description = $"The PostgreSQL server's connection string (default: ${PostgresVariable})." };
        var keep = new Option<bool>("--keep") { Description = "Keep the benchmark database instead of removing it." };
        var cold = new Option<bool>("--no-warmup") { Description = "Measure the first month the process plays (cold code) instead of playing the same month first on its own database." };
        var command = new Command("bench-cycle", "Benchmark a district month through the planning-cycle commands.") { puskesmas, items, provider, postgres, keep, cold };
        command.SetAction(parse => VerbGuard.Run(output, error, stdout =>
        {
            var options = Check(parse.GetValue(puskesmas), parse.GetValue(items), parse.GetValue(provider)!, parse.GetValue(postgres), parse.GetValue(keep)) with { Warmup = !parse.GetValue(cold) };
            var result = CycleBenchRunner.RunAsync(options, error).GetAwaiter().GetResult();
            CycleBenchReport.Write(stdout, result);
            return VerbGuard.Ok;
        }));
        return command;
    }

    private static CycleBenchOptions Check(int puskesmas, int items, string provider, string? postgres, bool keep)
    {
        if (puskesmas is < 1 or > 1000) throw new UsageException($"--puskesmas: {puskesmas} is not from 1 to 1000.");
        if (items is < 1 or > 9999) throw new UsageException($"--items: {items} is not from 1 to 9999.");
        if (provider == "sqlite") return new CycleBenchOptions(puskesmas, items, DatabaseProvider.Sqlite, null, keep);
        var server = string.IsNullOrWhiteSpace(postgres) ? Environment.GetEnvironmentVariable(PostgresVariable) : postgres;
        if (string.IsNullOrWhiteSpace(server))
            throw new UsageException($"--provider postgres needs a server: give --postgres CONNSTRING or set {PostgresVariable}.");
        return new CycleBenchOptions(puskesmas, items, DatabaseProvider.Postgres, server, keep);
    }
}
