using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Persistence.Saving;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// On SQLite the bulk rows are bound straight on the connection's handle, not through Microsoft.Data.Sqlite's
/// parameters. Every bulk table's row is written both ways, with every column filled and again with the nullable ones
/// empty, and each column must be stored alike: the same SQLite type and the same value, so EF reads both back the same.
/// </summary>
public sealed class SqliteStatementTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    public static TheoryData<string, bool> Tables()
    {
        var data = new TheoryData<string, bool>();
        foreach (var type in new[] { typeof(LplpoItem), typeof(LplpoGiven), typeof(IssueNoteLine), typeof(GoodsReceiptLine), typeof(StockMovement), typeof(FlagRecord) })
        {
            data.Add(type.Name, true);
            data.Add(type.Name, false);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Insert_ARowBoundOnTheHandle_IsStoredAsMicrosoftDataSqliteStoresIt(string entity, bool nullablesFilled)
    {
        var migrated = await database.MigratedAsync();
        await using var db = migrated.CreateDbContext();
        var type = db.Model.GetEntityTypes().Single(t => t.ClrType.Name == entity);
        var plan = InsertPlan.For(type, db.GetService<ISqlGenerationHelper>(), positional: false);
        var row = Sample(type, nullablesFilled);
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        // Only how values are stored is compared here: the rows need no parents.
        Execute(connection, "PRAGMA foreign_keys = OFF");

        // Each way in a transaction rolled back after reading the row, so the two rows never meet a unique key.
        var byParameters = InRolledBackTransaction(connection, () =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = plan.Sql;
            var parameters = plan.CreateParameters(command);
            command.Parameters.AddRange(parameters);
            plan.Bind(parameters, row);
            command.ExecuteScalar();
            return Stored(connection, plan.Table);
        });
        var byHandle = InRolledBackTransaction(connection, () =>
        {
            using var statement = plan.PrepareOn(connection);
            plan.Bind(statement, row);
            var id = statement.Run();
            Assert.Equal(plan.GeneratedKey is not null, id is not null);
            return Stored(connection, plan.Table);
        });

        Assert.NotEmpty(byParameters);
        Assert.Equal(byParameters, byHandle);
        if (nullablesFilled) Assert.DoesNotContain(byHandle, c => c.Value.Type == "null" && c.Key != "id");
    }

    [Fact]
    public async Task Run_ARowTheDatabaseRefuses_ThrowsSqlitesErrorWithItsCode()
    {
        var migrated = await database.MigratedAsync();
        await using var db = migrated.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        Execute(connection, "CREATE TEMP TABLE one_code (code TEXT NOT NULL UNIQUE)");
        using var statement = SqliteStatement.Prepare(connection, "INSERT INTO one_code (code) VALUES (@p0)", [SqliteType.Text]);
        statement.Bind(0, "A");
        statement.Run();

        statement.Bind(0, "A");
        var failure = Assert.Throws<SqliteException>(() => statement.Run());

        Assert.Equal(19, failure.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Contains("UNIQUE constraint failed: one_code.code", failure.Message);
        statement.Bind(0, "B");
        statement.Run();
        Assert.Equal(2L, Scalar(connection, "SELECT count(*) FROM one_code"));
    }

    [Fact]
    public async Task Bind_AValueOfATypeItDoesNotKnow_IsRefusedNotGuessed()
    {
        var migrated = await database.MigratedAsync();
        await using var db = migrated.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        using var statement = SqliteStatement.Prepare(connection, "SELECT @p0", [SqliteType.Text]);

        var refused = Assert.Throws<NotSupportedException>(() => statement.Bind(0, TimeSpan.FromHours(1)));

        Assert.Contains("TimeSpan", refused.Message);
    }

    /// <summary>An entity with every mapped column set to a value of its type that is not the default (nullable ones empty unless <paramref name="nullablesFilled"/>).</summary>
    private static object Sample(IEntityType type, bool nullablesFilled)
    {
        var row = Activator.CreateInstance(type.ClrType)!;
        foreach (var property in type.GetProperties())
        {
            if (property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd) continue;
            var clr = Nullable.GetUnderlyingType(property.ClrType);
            if (clr is not null && !nullablesFilled) { property.PropertyInfo!.SetValue(row, null); continue; }
            if (clr is null && property.IsNullable && !nullablesFilled && !property.ClrType.IsValueType) { property.PropertyInfo!.SetValue(row, null); continue; }
            property.PropertyInfo!.SetValue(row, Value(clr ?? property.ClrType, property.Name, nullablesFilled));
        }
        return row;
    }

    private static object Value(Type type, string name, bool first)
    {
        if (type.IsEnum) { var values = Enum.GetValues(type); return values.GetValue(values.Length - 1)!; }
        return type switch
        {
            _ when type == typeof(string) => $"{name}: Parasetamol 500 mg — 'uji' ü ✓",
            _ when type == typeof(long) => 1234567890123L,
            _ when type == typeof(int) => 42,
            _ when type == typeof(bool) => true,
            _ when type == typeof(decimal) => 1500m, // stored as "1500.0": a whole amount shows the format
            _ when type == typeof(double) => 0.1,
            _ when type == typeof(DateOnly) => new DateOnly(2026, 11, 24),
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 11, 24, 9, 30, 15, 123, TimeSpan.FromHours(7)),
            _ when type == typeof(Guid) => Guid.Parse("3d667bbc-de0f-2743-8f92-5d8cc3a11d11"),
            _ when type == typeof(DrugCode) => new DrugCode("OBT-0042"),
            _ when type == typeof(FacilityId) => new FacilityId("PKM-KOTA-01"),
            _ when type == typeof(Period) => new Period(2026, 10),
            _ => throw new InvalidOperationException($"{name}: no sample value for {type.Name}; add one here."),
        };
    }

    /// <summary>The one row of the table: each column's stored type and quoted value.</summary>
    private static Dictionary<string, (string Type, string Value)> Stored(SqliteConnection connection, string table)
    {
        var columns = new List<string>();
        using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            using var reader = info.ExecuteReader();
            while (reader.Read()) columns.Add(reader.GetString(0));
        }
        var stored = new Dictionary<string, (string, string)>();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"typeof(\"{c}\"), quote(\"{c}\")"))} FROM \"{table}\"";
        using var rows = command.ExecuteReader();
        Assert.True(rows.Read(), $"{table} has no row");
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == "id") continue;
            stored[columns[i]] = (rows.GetString(2 * i), rows.GetString(2 * i + 1));
        }
        Assert.False(rows.Read(), $"{table} has more than one row");
        return stored;
    }

    private static T InRolledBackTransaction<T>(SqliteConnection connection, Func<T> work)
    {
        Execute(connection, "BEGIN");
        try
        {
            return work();
        }
        finally
        {
            Execute(connection, "ROLLBACK");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
