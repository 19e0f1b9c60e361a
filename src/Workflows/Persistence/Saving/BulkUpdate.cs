using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Saving;

/// <summary>
/// Writes the changed rows of the LPLPO lines and flags with one prepared UPDATE per table and set of changed columns,
/// instead of EF Core's command per row: saving a draft or a review changes every line of an LPLPO.
/// </summary>
/// <remarks>
/// <see cref="Take"/> marks those entries unchanged (EF then leaves them alone) and remembers what changed;
/// <see cref="WriteAsync"/> updates them in the save's transaction; <see cref="Restore"/> marks them changed again
/// when the save fails.
/// </remarks>
internal sealed class BulkUpdate
{
    private static readonly HashSet<Type> Tables = [typeof(LplpoItem), typeof(LplpoGiven), typeof(FlagRecord)];
    private static readonly ConcurrentDictionary<(IEntityType, string, bool), Plan> Plans = new();

    private readonly List<(EntityEntry Entry, IProperty[] Changed)> _rows = [];

    private BulkUpdate()
    {
    }

    public static BulkUpdate? Take(DbContext context)
    {
        BulkUpdate? bulk = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified || !Tables.Contains(entry.Metadata.ClrType)) continue;
            var changed = entry.Properties.Where(p => p.IsModified).Select(p => (IProperty)p.Metadata).ToArray();
            if (changed.Any(p => p.IsKey())) continue; // a key change stays with EF
            bulk ??= new BulkUpdate();
            bulk._rows.Add((entry, changed));
        }
        if (bulk is null) return null;
        foreach (var (entry, _) in bulk._rows)
        {
            entry.OriginalValues.SetValues(entry.CurrentValues);
            entry.State = EntityState.Unchanged;
        }
        return bulk;
    }

    public async Task<int> WriteAsync(DbContext context, CancellationToken cancellationToken)
    {
        var (connection, transaction, sql) = SaveConnection.Of(context);
        var positional = connection.CanCreateBatch;
        foreach (var group in _rows.GroupBy(r => (r.Entry.Metadata, string.Join(",", r.Changed.Select(p => p.Name)))))
        {
            var plan = Plans.GetOrAdd((group.Key.Metadata, group.Key.Item2, positional), _ => Plan.Build(group.Key.Metadata, group.First().Changed, sql, positional));
            try
            {
                if (positional)
                    await WriteBatchedAsync(connection, transaction, plan, group.ToList(), cancellationToken);
                else
                    await WritePreparedAsync(connection, transaction, plan, group.ToList(), cancellationToken);
            }
            catch (DbException failure)
            {
                throw new DbUpdateException($"Updating rows of {plan.Table} failed: {failure.Message}", failure);
            }
        }
        return _rows.Count;
    }

    public void Restore()
    {
        foreach (var (entry, changed) in _rows)
        {
            foreach (var property in changed)
                entry.Property(property.Name).IsModified = true;
        }
    }

    private static async Task WritePreparedAsync(DbConnection connection, DbTransaction transaction, Plan plan, List<(EntityEntry Entry, IProperty[] Changed)> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = plan.Sql;
        var parameters = plan.Columns.Select(c => c.CreateParameter(command)).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(cancellationToken);
        foreach (var (entry, _) in rows)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = plan.Columns[i].ProviderValue(entry.Entity);
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1) throw Missing(plan, entry);
        }
    }

    private static async Task WriteBatchedAsync(DbConnection connection, DbTransaction transaction, Plan plan, List<(EntityEntry Entry, IProperty[] Changed)> rows, CancellationToken cancellationToken)
    {
        const int batchSize = 500;
        await using var factory = connection.CreateCommand();
        for (var start = 0; start < rows.Count; start += batchSize)
        {
            var chunk = rows.GetRange(start, Math.Min(batchSize, rows.Count - start));
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var (entry, _) in chunk)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = plan.Sql;
                foreach (var column in plan.Columns)
                {
                    var parameter = column.CreateParameter(factory);
                    parameter.Value = column.ProviderValue(entry.Entity);
                    command.Parameters.Add(parameter);
                }
                batch.BatchCommands.Add(command);
            }
            await batch.ExecuteNonQueryAsync(cancellationToken);
            for (var i = 0; i < chunk.Count; i++)
            {
                if (batch.BatchCommands[i].RecordsAffected != 1) throw Missing(plan, chunk[i].Entry);
            }
        }
    }

    private static DbUpdateConcurrencyException Missing(Plan plan, EntityEntry entry) =>
        new($"The {entry.Metadata.ClrType.Name} row of {plan.Table} to update was not found: someone else removed it.");

    /// <summary>UPDATE table SET changed columns WHERE key columns, with its columns in parameter order.</summary>
    private sealed record Plan(string Table, string Sql, BoundColumn[] Columns)
    {
        public static Plan Build(IEntityType type, IProperty[] changed, ISqlGenerationHelper sql, bool positional)
        {
            var table = type.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, type.GetSchema());
            var key = type.FindPrimaryKey()!.Properties;
            var columns = changed.Concat(key)
                .Select((p, i) => BoundColumn.For(p, store, i, sql, positional))
                .ToArray();
            var set = string.Join(", ", columns.Take(changed.Length).Select(c => $"{sql.DelimitIdentifier(c.ColumnName)} = {c.Placeholder}"));
            var where = string.Join(" AND ", columns.Skip(changed.Length).Select(c => $"{sql.DelimitIdentifier(c.ColumnName)} = {c.Placeholder}"));
            return new Plan(table, $"UPDATE {sql.DelimitIdentifier(table, type.GetSchema())} SET {set} WHERE {where}", columns);
        }
    }
}
