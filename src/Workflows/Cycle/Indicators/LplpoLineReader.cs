using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// Reads the lines of many LPLPOs at once, with the quantity given on each (the sum over funding sources, null when
/// none was recorded), straight from a data reader: a district's year is some 150,000 lines, and the query's rows are
/// the dashboard's main cost. Table and column names come from the model, so the statement is the same on both
/// providers. The facts of closed LPLPOs are kept per host once made (<see cref="ClosedIndicatorLines"/>).
/// </summary>
internal static class LplpoLineReader
{
    /// <summary>One stored LPLPO line.</summary>
    private readonly record struct Row(
        long LplpoId, DrugCode DrugCode, long Opening, long Received, long Used, long Lost, long Closing, int StockoutDays,
        long? Optimum, long Requested, long? Given);

    /// <summary>The facts of the LPLPOs <paramref name="lplpos"/>, by LPLPO id; a closed one's from the host's cache once read.</summary>
    public static async Task<Dictionary<long, LplpoFacts>> ReadAsync(CycleUnit unit, IReadOnlyCollection<LplpoRef> lplpos, CancellationToken cancellationToken)
    {
        var cache = ClosedIndicatorLines.Of(unit.Host);
        var facts = new Dictionary<long, LplpoFacts>(lplpos.Count);
        foreach (var lplpo in lplpos)
        {
            if (lplpo.Closed && cache.TryGet(lplpo.Id, out var known)) facts[lplpo.Id] = known;
        }
        var missing = lplpos.Where(l => !facts.ContainsKey(l.Id)).ToList();
        if (missing.Count == 0) return facts;
        // On a context of its own, so the loader's other queries run on the unit's connection meanwhile.
        await using var db = unit.Host.Database.CreateDbContext();
        var read = (await ReadRowsAsync(db, missing.Select(l => l.Id).ToList(), cancellationToken)).ToLookup(r => r.LplpoId);
        foreach (var lplpo in missing)
        {
            var rows = read[lplpo.Id].ToList();
            var made = new LplpoFacts(
                rows.Select(r => new StockMonth(lplpo.Facility, r.DrugCode, lplpo.Period, r.Opening, r.Received, r.Used, r.Lost, r.Closing, r.StockoutDays)).ToArray(),
                // Reviewed lines without a given row were given nothing; a line not yet reviewed has no given figure.
                rows.Select(r => new LplpoLine(lplpo.Facility, lplpo.Period, r.DrugCode, r.Opening, r.Received, r.Used, r.Lost, r.Closing,
                    r.Requested, r.Optimum, lplpo.Reviewed ? r.Given ?? 0 : null)).ToArray());
            facts[lplpo.Id] = made;
            if (lplpo.Closed) cache.Add(lplpo.Id, made);
        }
        return facts;
    }

    private static async Task<List<Row>> ReadRowsAsync(RequisitionDbContext db, IReadOnlyCollection<long> lplpoIds, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var (items, i) = Table<LplpoItem>(db, sql);
        var (given, g) = Table<LplpoGiven>(db, sql);
        var ids = string.Join(",", lplpoIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var text = $"""
            SELECT {i(nameof(LplpoItem.LplpoId))}, {i(nameof(LplpoItem.DrugCode))}, {i(nameof(LplpoItem.Opening))}, {i(nameof(LplpoItem.Received))},
                   {i(nameof(LplpoItem.Used))}, {i(nameof(LplpoItem.Lost))}, {i(nameof(LplpoItem.Closing))}, {i(nameof(LplpoItem.StockoutDays))},
                   {i(nameof(LplpoItem.Optimum))}, {i(nameof(LplpoItem.Requested))},
                   (SELECT CAST(SUM({g(nameof(LplpoGiven.Quantity))}) AS BIGINT) FROM {given} AS g
                     WHERE {g(nameof(LplpoGiven.LplpoId))} = {i(nameof(LplpoItem.LplpoId))} AND {g(nameof(LplpoGiven.DrugCode))} = {i(nameof(LplpoItem.DrugCode))})
            FROM {items} AS i
            WHERE {i(nameof(LplpoItem.LplpoId))} IN ({ids})
            """;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = text;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<Row>(lplpoIds.Count * 300);
            // One DrugCode per distinct code: the same few hundred codes repeat on every LPLPO.
            var codes = new Dictionary<string, DrugCode>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                var text0 = reader.GetString(1);
                if (!codes.TryGetValue(text0, out var code)) codes[text0] = code = new DrugCode(text0);
                rows.Add(new Row(reader.GetInt64(0), code, reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
                    reader.GetInt64(6), reader.GetInt32(7), reader.IsDBNull(8) ? null : reader.GetInt64(8), reader.GetInt64(9),
                    reader.IsDBNull(10) ? null : reader.GetInt64(10)));
            }
            return rows;
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The entity's table, and a function giving "alias.column" for one of its properties.</summary>
    private static (string Table, Func<string, string> Column) Table<T>(RequisitionDbContext db, ISqlGenerationHelper sql)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var alias = typeof(T) == typeof(LplpoItem) ? "i" : "g";
        return (sql.DelimitIdentifier(store.Name, store.Schema),
            property => $"{alias}.{sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(store)!)}");
    }
}
