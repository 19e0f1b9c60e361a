using Microsoft.Net.Http.Headers;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Web.Api;

/// <summary>
/// An LPLPO's ETag is its revision ("lplpo-17-r4"). A changing call may send it back in If-Match: if the LPLPO moved on
/// since, the call is refused with 409 and nothing changes. Without If-Match, the call acts on the current revision.
/// </summary>
public static class ETags
{
    public static string Lplpo(long id, int revision) => $"\"lplpo-{id}-r{revision}\"";

    public static void Set(HttpResponse response, long id, int revision) => response.Headers.ETag = Lplpo(id, revision);

    /// <summary>The revision an If-Match header names for LPLPO <paramref name="id"/>; null without one; refused if it names something else.</summary>
    public static int? IfMatch(HttpRequest request, long id)
    {
        var header = request.Headers.IfMatch.ToString();
        if (header.Length == 0 || header.Trim() == "*") return null;
        var prefix = $"lplpo-{id}-r";
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfMatch.Select(v => v ?? "").ToList(), out var tags)) tags = [];
        foreach (var tag in tags)
        {
            var value = tag.Tag.ToString().Trim('"');
            if (value.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(value[prefix.Length..], out var revision)) return revision;
        }
        throw new CommandRejectedException("If-Match", $"names no revision of LPLPO {id} (expected an ETag like {Lplpo(id, 0)})");
    }
}
