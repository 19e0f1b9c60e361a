using System.CommandLine;
using Requisition.Host.Cli.Bench.Import;

namespace Requisition.Host.Cli.Verbs;

/// <summary>
/// <c>bench-import</c>: imports a district's stock history (issue 5, section 6: 40 puskesmas x 300 items x 12 months) into
/// a fresh SQLite file through the import service, with progress, and reports the preview's and the apply's seconds, rows
/// per second, the peak working set, the 30 s target met or missed, and a second apply of the same file (nothing
/// changes). It exits 0 either way.
/// </summary>
public static class BenchImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var puskesmas = new Option<int>("--puskesmas") { Description = "Puskesmas in the district, 1 to 1000 (default 40).", DefaultValueFactory = _ => 40 };
        var items = new Option<int>("--items") { Description = "Items each puskesmas reports, 1 to 9999 (default 300).", DefaultValueFactory = _ => 300 };
        var months = new Option<int>("--months") { Description = "Months of history, 1 to 60 (default 12).", DefaultValueFactory = _ => 12 };
        var keep = new Option<bool>("--keep") { Description = "Keep the benchmark database instead of removing it." };
        var command = new Command("bench-import", "Benchmark importing a district's stock history (preview and apply).") { puskesmas, items, months, keep };
        command.SetAction(parse => VerbGuard.Run(output, error, stdout =>
        {
            var options = Check(parse.GetValue(puskesmas), parse.GetValue(items), parse.GetValue(months), parse.GetValue(keep));
            var result = ImportBenchRunner.RunAsync(options, error).GetAwaiter().GetResult();
            ImportBenchReport.Write(stdout, result);
            return VerbGuard.Ok;
        }));
        return command;
    }

    private static ImportBenchOptions Check(int puskesmas, int items, int months, bool keep)
    {
        if (puskesmas is < 1 or > 1000) throw new UsageException($"--puskesmas: {puskesmas} is not from 1 to 1000.");
        if (items is < 1 or > 9999) throw new UsageException($"--items: {items} is not from 1 to 9999.");
        if (months is < 1 or > 60) throw new UsageException($"--months: {months} is not from 1 to 60.");
        return new ImportBenchOptions(puskesmas, items, months, keep);
    }
}
