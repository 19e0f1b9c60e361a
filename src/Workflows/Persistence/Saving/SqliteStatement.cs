using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Requisition.Workflows.Persistence.Saving;

/// <summary>
/// One statement prepared on a SQLite connection's own handle and run once a row, for the bulk rows: it skips
/// Microsoft.Data.Sqlite's command, data reader and parameter binders, which cost more per row than SQLite's insert.
/// </summary>
/// <remarks>
/// Values are bound as Microsoft.Data.Sqlite binds the same provider values (dates and decimals as the same text,
/// GUIDs as text or blob by the parameter's type), so EF reads them back unchanged; <c>SqliteStatementTests</c> writes
/// every bulk table both ways and compares each column's stored type and value. A value of any other type is refused
/// rather than guessed. The statement joins whatever transaction the connection is in.
/// </remarks>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly SqliteType[] _types;

    private SqliteStatement(sqlite3 database, sqlite3_stmt statement, SqliteType[] types)
    {
        _database = database;
        _statement = statement;
        _types = types;
    }

    /// <summary>Prepares <paramref name="sql"/>; <paramref name="types"/> are the parameters' SQLite types, in order.</summary>
    public static SqliteStatement Prepare(SqliteConnection connection, string sql, SqliteType[] types)
    {
        var database = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var code = raw.sqlite3_prepare_v2(database, sql, out var statement);
        if (code != raw.SQLITE_OK)
        {
            statement?.Dispose();
            throw Failure(database, code);
        }
        return new SqliteStatement(database, statement, types);
    }

    /// <summary>Binds the value of parameter <paramref name="index"/> (from 0).</summary>
    public void Bind(int index, object? value)
    {
        var position = index + 1;
        var code = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, position),
            string text => raw.sqlite3_bind_text16(_statement, position, text),
            long number => raw.sqlite3_bind_int64(_statement, position, number),
            int number => raw.sqlite3_bind_int64(_statement, position, number),
            short number => raw.sqlite3_bind_int64(_statement, position, number),
            byte number => raw.sqlite3_bind_int64(_statement, position, number),
            bool flag => raw.sqlite3_bind_int64(_statement, position, flag ? 1 : 0),
            double real when double.IsNaN(real) => throw new InvalidOperationException($"Parameter {position}: NaN cannot be stored."),
            double real => raw.sqlite3_bind_double(_statement, position, real),
            decimal amount => raw.sqlite3_bind_text16(_statement, position, amount.ToString("0.0###########################", CultureInfo.InvariantCulture)),
            DateOnly date when _types[index] != SqliteType.Real => raw.sqlite3_bind_text16(_statement, position, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Guid id when _types[index] == SqliteType.Blob => raw.sqlite3_bind_blob(_statement, position, id.ToByteArray()),
            Guid id => raw.sqlite3_bind_text16(_statement, position, id.ToString().ToUpperInvariant()),
            _ => throw new NotSupportedException(
                $"Parameter {position}: a {value.GetType().Name} ({_types[index]}) has no bulk binding; write its binding in {nameof(SqliteStatement)} and compare it in SqliteStatementTests."),
        };
        if (code != raw.SQLITE_OK) throw Failure(_database, code);
    }

    /// <summary>Runs the statement with the values bound; returns the first column of the row it returns (RETURNING), if any.</summary>
    public long? Run()
    {
        try
        {
            var code = raw.sqlite3_step(_statement);
            long? returned = null;
            if (code == raw.SQLITE_ROW)
            {
                returned = raw.sqlite3_column_int64(_statement, 0);
                code = raw.sqlite3_step(_statement);
            }
            if (code != raw.SQLITE_DONE) throw Failure(_database, code);
            return returned;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>The error as Microsoft.Data.Sqlite reports it, so callers that tell a busy database from a broken constraint still can.</summary>
    private static SqliteException Failure(sqlite3 database, int code) =>
        new($"SQLite Error {code}: '{raw.sqlite3_errmsg(database).utf8_to_string()}'.", code, raw.sqlite3_extended_errcode(database));
}
