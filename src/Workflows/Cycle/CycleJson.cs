using System.Text.Json;
using System.Text.Json.Serialization;

namespace Requisition.Workflows.Cycle;

/// <summary>How command results and workflow inputs are written as JSON (idempotency records, task input).</summary>
public static class CycleJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
