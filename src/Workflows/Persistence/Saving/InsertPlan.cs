using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Requisition.Workflows.Persistence.Saving;

/// <summary>
/// The INSERT of one mapped table, built from the EF model: its columns, each value converted to the provider's type
/// exactly as EF converts it, and the store-generated key read back with RETURNING.
/// </summary>
internal sealed class InsertPlan
{
    private static readonly ConcurrentDictionary<(IEntityType, bool), InsertPlan> Plans = new();

    private readonly BoundColumn[] _columns;
    private SqliteType[]? _sqliteTypes;

    private InsertPlan(string table, string sql, BoundColumn[] columns, IProperty? generatedKey)
    {
        Table = table;
        Sql = sql;
        _columns = columns;
        GeneratedKey = generatedKey;
    }

    public string Table { get; }

    public string Sql { get; }

    /// <summary>The key the database generates, or null when every key column is given.</summary>
    public IProperty? GeneratedKey { get; }

    /// <summary>The plan of a table; <paramref name="positional"/> uses $1.. placeholders (PostgreSQL batches) rather than names.</summary>
    public static InsertPlan For(IEntityType type, ISqlGenerationHelper sql, bool positional) =>
        Plans.GetOrAdd((type, positional), key => Build(key.Item1, sql, key.Item2));

    /// <summary>
    /// One parameter a column, values unset, for a command prepared once and run per row: Microsoft.Data.Sqlite's own
    /// binding, which the rows bound on the handle are compared with (SqliteStatementTests).
    /// </summary>
    public DbParameter[] CreateParameters(DbCommand command) =>
        _columns.Select(c => c.CreateParameter(command)).ToArray();

    public void Bind(DbParameter[] parameters, object entity)
    {
        for (var i = 0; i < _columns.Length; i++)
            parameters[i].Value = _columns[i].ProviderValue(entity);
    }

    /// <summary>SQLite: the statement on the connection's own handle, with each parameter's type as EF's mapping gives it.</summary>
    public SqliteStatement PrepareOn(SqliteConnection connection)
    {
        if (_sqliteTypes is null)
        {
            using var probe = connection.CreateCommand();
            _sqliteTypes = _columns.Select(c => ((SqliteParameter)c.CreateParameter(probe)).SqliteType).ToArray();
        }
        return SqliteStatement.Prepare(connection, Sql, _sqliteTypes);
    }

    public void Bind(SqliteStatement statement, object entity)
    {
        for (var i = 0; i < _columns.Length; i++)
            statement.Bind(i, _columns[i].ProviderValue(entity));
    }

    /// <summary>Adds one row's parameters to a batch command (parameters made on <paramref name="factory"/>, which only creates them).</summary>
    public void AddParameters(DbBatchCommand command, DbCommand factory, object entity)
    {
        foreach (var column in _columns)
        {
            var parameter = column.CreateParameter(factory);
            parameter.Value = column.ProviderValue(entity);
            command.Parameters.Add(parameter);
        }
    }

    public void SetGeneratedKey(object entity, object? value)
    {
        var key = GeneratedKey!;
        if (value is null or DBNull) throw new InvalidOperationException($"The insert into {Table} returned no {key.Name}.");
        key.PropertyInfo!.SetValue(entity, Convert.ChangeType(value, key.ClrType, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static InsertPlan Build(IEntityType type, ISqlGenerationHelper sql, bool positional)
    {
        var table = type.GetTableName() ?? throw new InvalidOperationException($"{type.ClrType.Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        IProperty? generatedKey = null;
        var columns = new List<BoundColumn>();
        foreach (var property in type.GetProperties())
        {
            if (property.PropertyInfo is null)
                throw new InvalidOperationException($"{type.ClrType.Name}.{property.Name} is a shadow property; bulk rows need CLR properties.");
            if (property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd)
            {
                generatedKey = property;
                continue;
            }
            columns.Add(BoundColumn.For(property, store, columns.Count, sql, positional));
        }
        var text = $"INSERT INTO {sql.DelimitIdentifier(table, type.GetSchema())} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.ColumnName)))}) " +
                   $"VALUES ({string.Join(", ", columns.Select(c => c.Placeholder))})";
        if (generatedKey is not null)
            text += " RETURNING " + sql.DelimitIdentifier(generatedKey.GetColumnName(store)!);
        return new InsertPlan(table, text, [.. columns], generatedKey);
    }
}
