using Requisition.Host.Tests.Web.Api.Support;
using static Requisition.Workflows.Cycle.CycleRoles;

namespace Requisition.Host.Tests.Web.Api;

public static partial class AccessMatrix
{
    /// <summary>
    /// The rows of the downloads: whoever may read the document may download it (the puskesmas its own, the district
    /// any of its puskesmas); a stranger gets 404 and nothing of it. Downloads write nothing.
    /// </summary>
    private static IReadOnlyList<AccessRow> ExportRows =>
    [
        new("GET", $"{V1}/lplpos/{{id:long}}/export", t => $"{V1}/lplpos/{t.Draft}/export?format=xlsx", Rule(Expect.Ok, Readers, District)),
        new("GET", $"{V1}/rkos/{{id:long}}/export", t => $"{V1}/rkos/{t.Rko}/export?format=csv", Rule(Expect.Ok, Readers, District)),
    ];
}
