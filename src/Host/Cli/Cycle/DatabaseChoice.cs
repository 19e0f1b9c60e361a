using System.CommandLine;
using Requisition.Host.Cli.Verbs;

namespace Requisition.Host.Cli.Cycle;

/// <summary>
/// The options that say where the database is: a SQLite file (<c>--db FILE</c>) or a PostgreSQL server
/// (<c>--postgres CONNECTIONSTRING</c>, or the <c>REQUISITION_POSTGRES</c> environment variable when neither is given).
/// </summary>
public sealed class DatabaseChoice
{
    public const string PostgresVariable = "REQUISITION_POSTGRES";

    public DatabaseChoice(string fileDescription)
    {
        File = new Option<string?>("--db") { Description = fileDescription, HelpName = "FILE" };
        Postgres = new Option<string?>("--postgres")
        {
            HelpName = "CONNECTIONSTRING",
            Description = $"A PostgreSQL connection string instead of a SQLite file (default: the {PostgresVariable} environment variable, when --db is not given).",
        };
    }

    public Option<string?> File { get; }

    public Option<string?> Postgres { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(File);
        command.Options.Add(Postgres);
    }

    /// <summary>
    /// The database the options name. Without either option: PostgreSQL from the environment, else
    /// <paramref name="defaultFile"/>, else a usage error. With <paramref name="fileMustExist"/>, a SQLite file that is not
    /// there is refused rather than created empty.
    /// </summary>
    public DatabaseTarget Resolve(ParseResult parse, string? defaultFile, bool fileMustExist)
    {
        var file = parse.GetValue(File);
        var postgres = parse.GetValue(Postgres);
        if (file is not null && postgres is not null) throw new UsageException("--db and --postgres: give one database, not both.");
        if (postgres is not null)
            return string.IsNullOrWhiteSpace(postgres) ? throw new UsageException("--postgres: the connection string is empty.") : DatabaseTarget.Postgres(postgres);
        if (file is null && Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } fromEnvironment)
            return DatabaseTarget.Postgres(fromEnvironment);
        file ??= defaultFile ?? throw new UsageException($"--db is required (or --postgres CONNECTIONSTRING, or the {PostgresVariable} environment variable).");
        if (string.IsNullOrWhiteSpace(file)) throw new UsageException("--db: the file name is empty.");
        if (fileMustExist && !System.IO.File.Exists(file))
            throw new UsageException($"--db: file '{file}' does not exist (create a district with: requisition demo --db {file}).");
        return DatabaseTarget.Sqlite(file);
    }
}
