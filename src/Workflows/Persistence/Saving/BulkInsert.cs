using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Saving;

/// <summary>
/// Writes the new rows of the high-volume tables (stock movements, flags, LPLPO, SBBK and receipt lines) with one
/// prepared statement per table, instead of EF Core's command per row. A month's cycle writes some 130,000 such rows,
/// and EF's per-row bookkeeping was most of its time (docs/adr/0005).
/// </summary>
/// <remarks>
/// Around one <c>SaveChanges</c>: <see cref="Take"/> detaches those entries; EF saves the rest; then
/// <see cref="WriteAsync"/> fills in the keys their principals got, inserts them in the same transaction, reads the
/// generated ids back, and tracks them again as unchanged, just as EF leaves what it saved (stock movements excepted:
/// they are append-only and are let go once written). No other entity depends
/// on these tables in the model, so EF's own rows never wait for them.
/// </remarks>
internal sealed class BulkInsert
{
    /// <summary>The bulk tables, principals before their dependents.</summary>
    private static readonly Type[] Order =
    [
        typeof(LplpoItem), typeof(LplpoGiven), typeof(IssueNoteLine), typeof(GoodsReceiptLine), typeof(StockMovement), typeof(FlagRecord),
    ];

    private const int BatchSize = 500;

    private readonly List<Pending>[] _pending;
    private int _count;

    private BulkInsert()
    {
        _pending = new List<Pending>[Order.Length];
        for (var i = 0; i < Order.Length; i++) _pending[i] = [];
    }

    /// <summary>Detaches the added rows of the bulk tables, remembering which new principal each one belongs to; null when there are none.</summary>
    public static BulkInsert? Take(DbContext context)
    {
        BulkInsert? bulk = null;
        Dictionary<(IEntityType, KeyValues), object>? newPrincipals = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Added) continue;
            var slot = Array.IndexOf(Order, entry.Metadata.ClrType);
            if (slot < 0) continue;
            bulk ??= new BulkInsert();
            var principals = new List<(IForeignKey, object)>();
            foreach (var foreignKey in entry.Metadata.GetForeignKeys())
            {
                if (!foreignKey.Properties.Any(p => entry.Property(p.Name).IsTemporary)) continue;
                newPrincipals ??= NewPrincipals(context);
                var key = new KeyValues(foreignKey.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToArray());
                if (!newPrincipals.TryGetValue((foreignKey.PrincipalEntityType, key), out var principal))
                    throw new InvalidOperationException($"A new {entry.Metadata.ClrType.Name} refers to a new {foreignKey.PrincipalEntityType.ClrType.Name} that is not being saved.");
                principals.Add((foreignKey, principal));
            }
            bulk._pending[slot].Add(new Pending(entry.Entity, principals));
            bulk._count++;
        }
        if (bulk is null) return null;
        foreach (var pending in bulk._pending)
        {
            foreach (var row in pending)
                context.Entry(row.Entity).State = EntityState.Detached;
        }
        return bulk;
    }

    /// <summary>Inserts the rows taken, after EF saved their principals; returns how many were written.</summary>
    public async Task<int> WriteAsync(DbContext context, CancellationToken cancellationToken)
    {
        var (connection, transaction, sql) = SaveConnection.Of(context);
        for (var slot = 0; slot < Order.Length; slot++)
        {
            var rows = _pending[slot];
            if (rows.Count == 0) continue;
            var plan = InsertPlan.For(context.Model.FindEntityType(Order[slot])!, sql, positional: connection.CanCreateBatch);
            foreach (var row in rows) row.ResolvePrincipalKeys(context);
            try
            {
                if (connection is SqliteConnection sqlite)
                    WriteSqlite(sqlite, plan, rows);
                else
                    await WriteBatchedAsync(connection, transaction, plan, rows, cancellationToken);
            }
            catch (DbException failure)
            {
                throw new DbUpdateException($"Writing the new rows of {plan.Table} failed: {failure.Message}", failure);
            }
            // Saved movements are let go rather than tracked: they are append-only, no entity refers to them, and the
            // ledger reads the balances they went into from the database once the context has saved. Tracking them
            // would only make every later save of the unit compare thousands of rows that cannot have changed.
            var isMovement = Order[slot] == typeof(StockMovement);
            if (isMovement) await StockBalances.AddAsync(context, rows.Select(r => (StockMovement)r.Entity), cancellationToken);
            var saved = isMovement ? EntityState.Detached : EntityState.Unchanged;
            foreach (var row in rows)
                context.Entry(row.Entity).State = saved;
        }
        return _count;
    }

    /// <summary>Puts the rows back as added (also those already written in the failed transaction), so the save can be retried.</summary>
    public void Restore(DbContext context)
    {
        foreach (var rows in _pending)
        {
            foreach (var row in rows)
                context.Entry(row.Entity).State = EntityState.Added;
        }
    }

    /// <summary>SQLite: one statement prepared on the connection's handle, run once a row; it never leaves the process.</summary>
    private static void WriteSqlite(SqliteConnection connection, InsertPlan plan, List<Pending> rows)
    {
        using var statement = plan.PrepareOn(connection);
        foreach (var row in rows)
        {
            plan.Bind(statement, row.Entity);
            var id = statement.Run();
            if (plan.GeneratedKey is not null) plan.SetGeneratedKey(row.Entity, id);
        }
    }

    /// <summary>PostgreSQL: rows go in batches of statements, one round trip each; the ids come back in order.</summary>
    private static async Task WriteBatchedAsync(DbConnection connection, DbTransaction transaction, InsertPlan plan, List<Pending> rows, CancellationToken cancellationToken)
    {
        for (var start = 0; start < rows.Count; start += BatchSize)
        {
            var chunk = rows.GetRange(start, Math.Min(BatchSize, rows.Count - start));
            await using var batch = connection.CreateBatch();
            await using var factory = connection.CreateCommand();
            batch.Transaction = transaction;
            foreach (var row in chunk)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = plan.Sql;
                plan.AddParameters(command, factory, row.Entity);
                batch.BatchCommands.Add(command);
            }
            if (plan.GeneratedKey is null)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
                continue;
            }
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            foreach (var row in chunk)
            {
                if (!await reader.ReadAsync(cancellationToken))
                    throw new InvalidOperationException($"The insert into {plan.Table} returned no id.");
                plan.SetGeneratedKey(row.Entity, reader.GetValue(0));
                await reader.NextResultAsync(cancellationToken);
            }
        }
    }

    private static Dictionary<(IEntityType, KeyValues), object> NewPrincipals(DbContext context)
    {
        var principals = new Dictionary<(IEntityType, KeyValues), object>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Added) continue;
            var key = entry.Metadata.FindPrimaryKey();
            if (key is null || !key.Properties.Any(p => entry.Property(p.Name).IsTemporary)) continue;
            principals[(entry.Metadata, new KeyValues(key.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToArray()))] = entry.Entity;
        }
        return principals;
    }

    /// <summary>One detached row and the new principals whose keys it takes once they are saved.</summary>
    private sealed record Pending(object Entity, List<(IForeignKey ForeignKey, object Principal)> Principals)
    {
        public void ResolvePrincipalKeys(DbContext context)
        {
            foreach (var (foreignKey, principal) in Principals)
            {
                // Through the entry: until EF accepts its save, a new parent's generated key is held there, not on the object.
                var entry = context.Entry(principal);
                for (var i = 0; i < foreignKey.Properties.Count; i++)
                {
                    var value = entry.Property(foreignKey.PrincipalKey.Properties[i].Name).CurrentValue;
                    foreignKey.Properties[i].PropertyInfo!.SetValue(Entity, value);
                }
            }
        }
    }

    /// <summary>A key of one or more values, compared by value.</summary>
    private readonly record struct KeyValues(object?[] Values)
    {
        public bool Equals(KeyValues other) => Values.AsSpan().SequenceEqual(other.Values, EqualityComparer<object?>.Default);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var value in Values) hash.Add(value);
            return hash.ToHashCode();
        }
    }
}
