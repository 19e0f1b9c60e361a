using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Saving;

/// <summary>
/// Keeps <c>stock_balances</c> equal to the sums of <c>stock_movements</c>: the movements a save adds are summed per
/// batch key (facility, item, batch, expiry, funding source) and each sum is upserted into its balance row (INSERT ..
/// ON CONFLICT DO UPDATE) in the save's transaction, so a save that fails changes no balance. The quantity is added;
/// the price is the higher of the two, a missing price never replacing a known one, as SQL's MAX over the movements
/// would give (the semantics the card was read with when it summed its movements).
/// </summary>
/// <remarks>
/// Movements are only ever added (the context and the database refuse updates and deletes), so adding each save's
/// deltas is all it takes. The keys go in a fixed order, so two PostgreSQL transactions touching the same balances
/// lock them in the same order and one waits for the other instead of deadlocking.
/// </remarks>
internal static class StockBalances
{
    private const string Columns = "facility_id, drug_code, batch, expiry, fund_source, quantity, unit_price";

    private const string Key = "facility_id, drug_code, batch, expiry, fund_source";

    private const string AddQuantity = "quantity = stock_balances.quantity + excluded.quantity";

    /// <summary>
    /// SQLite: one row a run, the price compared with EF Core's ef_compare (registered on every connection EF opens)
    /// behind NULL checks, since SQLite keeps decimals as text and its scalar max() is NULL when either side is.
    /// </summary>
    private const string SqliteUpsert =
        $"INSERT INTO stock_balances ({Columns}) VALUES ($facility, $drug, $batch, $expiry, $source, $quantity, $price) " +
        $"ON CONFLICT ({Key}) DO UPDATE SET {AddQuantity}, unit_price = CASE " +
        "WHEN excluded.unit_price IS NULL THEN stock_balances.unit_price " +
        "WHEN stock_balances.unit_price IS NULL OR ef_compare(excluded.unit_price, stock_balances.unit_price) > 0 THEN excluded.unit_price " +
        "ELSE stock_balances.unit_price END";

    /// <summary>
    /// PostgreSQL: every row of the save in one statement, from arrays (one statement a row cost a parse and plan each),
    /// in the order given; GREATEST compares numerics and skips NULLs.
    /// </summary>
    private const string PostgresUpsert =
        $"INSERT INTO stock_balances ({Columns}) SELECT f, d, b, e, s, q, p " +
        "FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::text[], $6::bigint[], $7::numeric[]) WITH ORDINALITY AS u(f, d, b, e, s, q, p, n) " +
        $"ORDER BY n ON CONFLICT ({Key}) DO UPDATE SET {AddQuantity}, unit_price = GREATEST(stock_balances.unit_price, excluded.unit_price)";

    /// <summary>Adds the movements just written to their balances; the caller has written the movements in the save's transaction.</summary>
    public static async Task AddAsync(DbContext context, IEnumerable<StockMovement> added, CancellationToken cancellationToken)
    {
        var deltas = Sum(added);
        if (deltas.Count == 0) return;
        var (connection, transaction, _) = SaveConnection.Of(context);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        try
        {
            if (context.Database.IsNpgsql())
                await UpsertArraysAsync(command, deltas, cancellationToken);
            else
                await UpsertPreparedAsync(command, deltas, cancellationToken);
        }
        catch (DbException failure)
        {
            throw new DbUpdateException($"Adding the new movements to stock_balances failed: {failure.Message}", failure);
        }
    }

    /// <summary>The movements summed per batch key, in key order: quantities added, the highest known price.</summary>
    public static IReadOnlyList<StockBalance> Sum(IEnumerable<StockMovement> movements)
    {
        var sums = new Dictionary<(string, string, string, DateOnly, FundSource), StockBalance>();
        foreach (var m in movements)
        {
            var key = (m.FacilityId.Value, m.DrugCode.Value, m.Batch, m.Expiry, m.FundSource);
            if (!sums.TryGetValue(key, out var sum))
            {
                sum = new StockBalance { FacilityId = m.FacilityId, DrugCode = m.DrugCode, Batch = m.Batch, Expiry = m.Expiry, FundSource = m.FundSource };
                sums.Add(key, sum);
            }
            sum.Quantity += m.Quantity;
            if (m.UnitPrice is { } price && (sum.UnitPrice is null || price > sum.UnitPrice)) sum.UnitPrice = price;
        }
        return sums.OrderBy(s => s.Key.Item1, StringComparer.Ordinal).ThenBy(s => s.Key.Item2, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Item3, StringComparer.Ordinal).ThenBy(s => s.Key.Item4).ThenBy(s => s.Key.Item5)
            .Select(s => s.Value).ToList();
    }

    /// <summary>SQLite: one prepared statement, run once a key (it never leaves the process).</summary>
    private static async Task UpsertPreparedAsync(DbCommand command, IReadOnlyList<StockBalance> deltas, CancellationToken cancellationToken)
    {
        command.CommandText = SqliteUpsert;
        var facility = Parameter(command, "$facility");
        var drug = Parameter(command, "$drug");
        var batch = Parameter(command, "$batch");
        var expiry = Parameter(command, "$expiry");
        var source = Parameter(command, "$source");
        var quantity = Parameter(command, "$quantity");
        var price = Parameter(command, "$price");
        await command.PrepareAsync(cancellationToken);
        foreach (var delta in deltas)
        {
            // The values as the model stores them: codes and enums as text; Microsoft.Data.Sqlite writes dates and
            // decimals as EF Core does (yyyy-MM-dd, invariant decimal text).
            facility.Value = delta.FacilityId.Value;
            drug.Value = delta.DrugCode.Value;
            batch.Value = delta.Batch;
            expiry.Value = delta.Expiry;
            source.Value = delta.FundSource.ToString();
            quantity.Value = delta.Quantity;
            price.Value = delta.UnitPrice is { } known ? known : DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>PostgreSQL: one statement for the whole save, the keys as arrays.</summary>
    private static async Task UpsertArraysAsync(DbCommand command, IReadOnlyList<StockBalance> deltas, CancellationToken cancellationToken)
    {
        command.CommandText = PostgresUpsert;
        Parameter(command, "").Value = deltas.Select(d => d.FacilityId.Value).ToArray();
        Parameter(command, "").Value = deltas.Select(d => d.DrugCode.Value).ToArray();
        Parameter(command, "").Value = deltas.Select(d => d.Batch).ToArray();
        Parameter(command, "").Value = deltas.Select(d => d.Expiry).ToArray();
        Parameter(command, "").Value = deltas.Select(d => d.FundSource.ToString()).ToArray();
        Parameter(command, "").Value = deltas.Select(d => d.Quantity).ToArray();
        Parameter(command, "").Value = deltas.Select(d => d.UnitPrice).ToArray();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
