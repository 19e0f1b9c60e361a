using System.Text.Encodings.Web;
using System.Text.Json;

namespace Requisition.Workflows.Runtime.Execution;

/// <summary>
/// How the runtime writes the JSON it stores (variables, journal input, flags): readable in the database,
/// so "+07:00" and "keterangan 'rusak'" stay as written rather than \u002B and \u0027 escapes. Never embedded in HTML as is.
/// </summary>
internal static class RuntimeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
