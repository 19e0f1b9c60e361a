using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle.Seeding;
using Requisition.Workflows.Persistence;

namespace Requisition.Host.Tests.Cli;

/// <summary>
/// A small district seeded straight into a temporary SQLite file (2 puskesmas with a sub-unit each, 6 items, one of
/// them not on FORNAS, a year of history up to the month before last), for the <c>cycle</c> verbs to act on. The CLI
/// runs on the real clock, so the cycle month is last month (WIB) and the expiry windows line up with the seeded
/// batches. Also reads the text tables the verbs print. The folder is deleted when the test ends.
/// </summary>
internal sealed partial class CycleTestDistrict : IDisposable
{
    private readonly string _folder;

    private CycleTestDistrict(string folder, SeededDistrict seeded)
    {
        _folder = folder;
        Seeded = seeded;
    }

    /// <summary>The month the LPLPOs report: last month, as the district's calendar (WIB) has it now.</summary>
    public static Period Month => Period.Of(DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime)).AddMonths(-1);

    public SeededDistrict Seeded { get; }

    public string Db => Path.Combine(_folder, "district.db");

    public string Ifk => Seeded.IfkOfficer;

    public string Pharmacist => Seeded.Puskesmas[0].Pharmacist;

    public static async Task<CycleTestDistrict> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "requisition-cycle-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = await RequisitionDatabase.OpenAsync(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = Path.Combine(folder, "district.db") });
        var seeded = await DistrictSeeder.SeedAsync(database, new DistrictPlan
        {
            IfkId = "IFK-UJI",
            Puskesmas = [("PKM-01", "Puskesmas Sukamaju"), ("PKM-02", "Puskesmas Cikarang")],
            SubUnitsPerPuskesmas = 1,
            Items = Items,
            Fornas = Fornas,
            LastClosedPeriod = Month.AddMonths(-1),
            StockoutShare = 0,
            ExcessShare = 0,
            NearExpiryShare = 0,
            IfkShortShare = 0,
        });
        return new CycleTestDistrict(folder, seeded);
    }

    /// <summary>Runs <c>requisition ARGS --db FILE</c> off the test's synchronization context, as a shell would.</summary>
    public Task<CliResult> RunAsync(params string[] args) => Task.Run(() => CliRunner.Run([.. args, "--db", Db]));

    /// <summary>
    /// Runs an action; when a step's rules refuse it for warnings, runs it again acknowledging each rule the refusal
    /// names (as a person would after reading it). Returns the last result.
    /// </summary>
    public async Task<CliResult> RunAcknowledgingAsync(params string[] args)
    {
        var result = await RunAsync(args);
        var rules = AcknowledgeableRules(result);
        if (result.ExitCode != 2 || rules.Count == 0) return result;
        return await RunAsync([.. args, .. rules.SelectMany(rule => new[] { "--ack", $"{rule}=Sudah dicek bersama kepala gudang" })]);
    }

    /// <summary>The rules a refusal says to acknowledge with <c>--ack RULE=REASON</c>.</summary>
    public static IReadOnlyList<string> AcknowledgeableRules(CliResult result) =>
        result.ErrorLines.Select(l => AckHint().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

    /// <summary>
    /// The rows of the text table whose header line starts with <paramref name="firstColumn"/>, each cell by its
    /// column name; the dashes under the header give the columns' extents, and the rows end at the first line that
    /// is not padded to them.
    /// </summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Table(CliResult result, string firstColumn)
    {
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.FindIndex(l => l.StartsWith(firstColumn + " ", StringComparison.Ordinal));
        Assert.True(header >= 0 && header + 1 < lines.Count, $"no table starting with {firstColumn} in\n{result.Output}");
        var columns = Dashes().Matches(lines[header + 1]).Select(m => (m.Index, m.Length, Name: lines[header].Substring(m.Index, Math.Min(m.Length, lines[header].Length - m.Index)).Trim())).ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        // A row is padded to the columns; the line that follows a table (a count, a sentence) is not.
        bool IsRow(string line) => line.Length > 0 && columns.SkipLast(1).Select(c => c.Index + c.Length)
            .All(end => line.Length <= end || (line.Length > end + 1 && line[end] == ' ' && line[end + 1] == ' '));
        foreach (var line in lines.Skip(header + 2).TakeWhile(IsRow))
            rows.Add(columns.ToDictionary(c => c.Name, c => c.Index >= line.Length ? "" : line.Substring(c.Index, Math.Min(c.Length, line.Length - c.Index)).Trim()));
        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static readonly IReadOnlyList<SeedItem> Items =
    [
        new("OBT-001", "Parasetamol tablet 500 mg", "tablet", "500 mg", "tablet", true, 100, 150m),
        new("OBT-002", "Amoksisilin kapsul 500 mg", "kapsul", "500 mg", "kapsul", true, 100, 400m),
        new("OBT-003", "Oralit serbuk 200 ml", "serbuk", "200 ml", "sachet", true, null, 600m),
        new("OBT-004", "Metformin tablet 500 mg", "tablet", "500 mg", "tablet", true, 100, 200m),
        new("OBT-005", "Amlodipin tablet 5 mg", "tablet", "5 mg", "tablet", true, 30, 250m),
        new("OBT-006", "Mineral Mix", "serbuk", "", "sachet", true, null, 900m),
    ];

    private static readonly IReadOnlyList<FornasEntry> Fornas =
    [
        new("F1", "parasetamol", "paracetamol", "tablet", "500 mg", "", true, true, false, "analgesik", "") { Row = 1 },
        new("F2", "amoksisilin", "amoxicillin", "kapsul", "500 mg", "", true, true, false, "antibakteri", "") { Row = 2 },
        new("F3", "oralit", "oral rehydration salts", "serbuk", "200 ml", "", true, true, false, "", "") { Row = 3 },
        new("F4", "metformin", "metformin", "tablet", "500 mg", "", true, true, false, "antidiabetes", "") { Row = 4 },
        new("F5", "amlodipin", "amlodipine", "tablet", "5 mg", "", true, true, false, "antihipertensi", "") { Row = 5 },
    ];

    [GeneratedRegex(@"--ack ([A-Z_]+)=REASON")]
    private static partial Regex AckHint();

    [GeneratedRegex(@"-+")]
    private static partial Regex Dashes();
}
