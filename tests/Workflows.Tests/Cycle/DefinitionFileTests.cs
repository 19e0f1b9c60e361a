using System.Text.Json;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// A host refuses to start on a workflow folder with a broken planning-cycle file: <see cref="CycleHost.Load"/> fails with
/// <see cref="WorkflowDefinitionException"/> naming the file and the JSON path of the mistake, so an administrator who
/// edited a definition finds it. A faithful copy of the folder loads.
/// </summary>
public abstract class DefinitionFileTests(TestDatabase database) : IDisposable
{
    private const string Monthly = "lplpo-monthly.v1.json";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "requisition-definitions-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Load_AFaithfulCopyOfTheCycleFolder_LoadsTheSameDefinitions()
    {
        var db = await database.MigratedAsync();
        var folder = CopyCycleFolder();

        var host = CycleHost.Load(db, folder, Thresholds);

        var original = CycleHost.Load(db, Source, Thresholds);
        Assert.Equal(original.Catalog.Ids.Order(StringComparer.Ordinal), host.Catalog.Ids.Order(StringComparer.Ordinal));
        var lplpoDefinitions = new HashSet<string> { LplpoCommands.DistrictMonth, LplpoCommands.Monthly, LplpoCommands.SubUnitMonthly, LplpoCommands.Emergency };
        Assert.Subset(host.Catalog.Ids.ToHashSet(), lplpoDefinitions);
    }

    [Theory]
    [InlineData("distribute", "\"type\": \"Distribute\"", "\"type\": \"Distribution\"", "type", "unknown activity type 'Distribution'")]
    [InlineData("check-review", "\"step\": \"ifk-review\"", "\"step\": \"ifk-reveiw\"", "properties.step", "unknown step 'ifk-reveiw'")]
    [InlineData("check-receipt", "\"facts\": \"receipt\"", "\"facts\": \"receipts\"", "properties.facts", "has no facts 'receipts'")]
    [InlineData("approved", "\"status\": \"approved\"", "\"status\": \"accepted\"", "properties.status", "must be one of")]
    public async Task Load_AMonthlyLplpoFileWithAMistake_FailsNamingTheFileAndThePath(string activity, string find, string replace, string property, string message)
    {
        var db = await database.MigratedAsync();
        var folder = CopyCycleFolder();
        Break(folder, Monthly, find, replace);
        var path = $"$.activities[{IndexOf(folder, Monthly, activity)}].{property}";

        var failure = Assert.Throws<WorkflowDefinitionException>(() => CycleHost.Load(db, folder, Thresholds));

        Assert.Contains(failure.Errors, e => e.Path == path && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.All(failure.Errors, e => Assert.Equal($"workflows/cycle/{Monthly}", e.File));
        Assert.Contains($"workflows/cycle/{Monthly}: {path}: ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ARulesStepNamingAnUnknownRule_FailsNamingTheFileAndThePath()
    {
        var db = await database.MigratedAsync();
        var folder = CopyCycleFolder();
        Break(folder, Monthly, "\"rules\": [\"NOT_FEFO\", \"EXPIRED\"]", "\"rules\": [\"NOT_FEFO\", \"EXPIRED_STOCK\"]");
        var path = $"$.activities[{IndexOf(folder, Monthly, "check-picking")}].properties.rules[1]";

        var failure = Assert.Throws<WorkflowDefinitionException>(() => CycleHost.Load(db, folder, Thresholds));

        var error = Assert.Single(failure.Errors);
        Assert.Equal(($"workflows/cycle/{Monthly}", path), (error.File, error.Path));
        Assert.Contains("EXPIRED_STOCK", error.Message, StringComparison.Ordinal);
    }

    private static string Thresholds => Path.Combine(AppContext.BaseDirectory, "data", "thresholds.default.json");

    /// <summary>The committed workflows/cycle folder, as the build copied it.</summary>
    private static string Source => Path.Combine(AppContext.BaseDirectory, "workflows", "cycle");

    /// <summary>A copy of the committed workflows/cycle folder under a folder named workflows of this test's own.</summary>
    private string CopyCycleFolder()
    {
        var workflows = Path.Combine(_root, "workflows");
        var target = Path.Combine(workflows, "cycle");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Source, "*.json")) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return workflows;
    }

    private static void Break(string workflows, string file, string find, string replace)
    {
        var path = Path.Combine(workflows, "cycle", file);
        var text = File.ReadAllText(path);
        Assert.Equal(1, text.Split(find).Length - 1);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>Where in the file's activities the one with <paramref name="id"/> is (so the expected path follows edits of the file).</summary>
    private static int IndexOf(string workflows, string file, string id)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(workflows, "cycle", file)), options);
        var ids = document.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        var index = ids.IndexOf(id);
        Assert.True(index >= 0, $"{file} has no activity {id}");
        return index;
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : DefinitionFileTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : DefinitionFileTests(server.DatabaseFor(typeof(OnPostgres)));
}
