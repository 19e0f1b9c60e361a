using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// A throwaway PostgreSQL server for the whole test run (an xunit collection fixture): started by
/// <c>scripts/postgres start</c>, which installs Debian's postgresql package when it is missing, and stopped and
/// removed at the end. Each test class gets databases of its own. When <c>REQUISITION_POSTGRES</c> names a server
/// already running, that one is used instead and the databases made on it are dropped at the end.
/// Never skips: a server that cannot be had fails every PostgreSQL test.
/// </summary>
public sealed partial class PostgresServer : IAsyncLifetime
{
    public const string ConnectionVariable = "REQUISITION_POSTGRES";

    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<Type, PostgresTestDatabase> _classes = new();
    private readonly ConcurrentBag<string> _created = [];
    private readonly string _run = Guid.NewGuid().ToString("N")[..6];
    private string? _folder;

    /// <summary>The maintenance database of the server (<c>postgres</c>).</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            return;
        }

        var output = await RunScriptAsync("start", "--watch", Environment.ProcessId.ToString());
        var values = Assignment().Matches(output).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
        if (!values.TryGetValue(ConnectionVariable, out var connection) || !values.TryGetValue(ConnectionVariable + "_DIR", out var folder))
            throw new InvalidOperationException($"scripts/postgres start printed no connection string and folder:\n{output}");
        ConnectionString = connection;
        _folder = folder;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_folder is not null)
        {
            await RunScriptAsync("stop", _folder);
            return;
        }
        await using var connection = await OpenAsync();
        foreach (var name in _created)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The databases of one test class (one per class, made on first use).</summary>
    public PostgresTestDatabase DatabaseFor(Type testClass) =>
        _classes.GetOrAdd(testClass, type => new PostgresTestDatabase(this, NameOf(type)));

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        name = $"{name}_{_run}".ToLowerInvariant();
        if (name.Length > 63) throw new ArgumentException($"Database name '{name}' is longer than PostgreSQL allows.");
        await using (var connection = await OpenAsync())
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        _created.Add(name);
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>"JournalOrderTests+OnPostgres" becomes "journal_order_on_postgres".</summary>
    private static string NameOf(Type testClass)
    {
        var name = testClass.DeclaringType is { } outer ? outer.Name + testClass.Name : testClass.Name;
        name = name.Replace("Tests", "", StringComparison.Ordinal);
        return Words().Replace(name, "_$1").TrimStart('_').ToLowerInvariant();
    }

    private static async Task<string> RunScriptAsync(params string[] arguments)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "scripts", "postgres");
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not run bash");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"scripts/postgres {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await errors}");
        return await output;
    }

    [GeneratedRegex("^(?<name>[A-Z_]+)='(?<value>[^']*)'$", RegexOptions.Multiline)]
    private static partial Regex Assignment();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Words();
}
