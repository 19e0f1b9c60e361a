using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Persistence;

namespace Requisition.Workflows.Cycle;

/// <summary>How a command's result is kept with its idempotency key, and given back when the request is retried.</summary>
internal abstract class ResultRecord<T>
{
    public abstract string Store(T result);

    public abstract Task<T?> ReplayAsync(RequisitionDbContext db, string stored, CancellationToken cancellationToken);
}

/// <summary>The record for each result type: an LPLPO action's keeps its flags by id; any other result is kept whole.</summary>
internal static class ResultRecords
{
    public static ResultRecord<T> For<T>() => Cache<T>.Record;

    private static class Cache<T>
    {
        public static readonly ResultRecord<T> Record = typeof(T) == typeof(LplpoActionResult)
            ? (ResultRecord<T>)(object)new LplpoResultRecord()
            : new WholeResultRecord<T>();
    }
}

/// <summary>The result as JSON.</summary>
internal sealed class WholeResultRecord<T> : ResultRecord<T>
{
    public override string Store(T result) => JsonSerializer.Serialize(result, CycleJson.Options);

    public override Task<T?> ReplayAsync(RequisitionDbContext db, string stored, CancellationToken cancellationToken) =>
        Task.FromResult(JsonSerializer.Deserialize<T>(stored, CycleJson.Options));
}

/// <summary>
/// An LPLPO action's result without its flags, and the ids of those flags: a retry gets the same flags back, read
/// as they stand. The flags are most of the result (a 300-line LPLPO carries hundreds, some 200 KB of JSON), and they
/// are in the flags table anyway. Records written whole by earlier versions are still read.
/// </summary>
internal sealed class LplpoResultRecord : ResultRecord<LplpoActionResult>
{
    private const string ResultProperty = "result";
    private const string FlagIdsProperty = "flagIds";

    public override string Store(LplpoActionResult result) => new JsonObject
    {
        [ResultProperty] = JsonSerializer.SerializeToNode(result with { Flags = [] }, CycleJson.Options),
        [FlagIdsProperty] = JsonSerializer.SerializeToNode(result.Flags.Select(f => f.Id).ToArray(), CycleJson.Options),
    }.ToJsonString(CycleJson.Options);

    public override async Task<LplpoActionResult?> ReplayAsync(RequisitionDbContext db, string stored, CancellationToken cancellationToken)
    {
        if (JsonNode.Parse(stored) is not JsonObject record || !record.ContainsKey(FlagIdsProperty))
            return JsonSerializer.Deserialize<LplpoActionResult>(stored, CycleJson.Options);
        var result = record[ResultProperty].Deserialize<LplpoActionResult>(CycleJson.Options)
            ?? throw new InvalidOperationException("A stored LPLPO result has no result.");
        var ids = record[FlagIdsProperty].Deserialize<long[]>(CycleJson.Options) ?? [];
        var flags = (await db.Flags.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(FlagView.Stored).ToListAsync(cancellationToken))
            .ToDictionary(f => f.Id);
        return result with { Flags = [.. ids.Where(flags.ContainsKey).Select(id => flags[id])] };
    }
}
