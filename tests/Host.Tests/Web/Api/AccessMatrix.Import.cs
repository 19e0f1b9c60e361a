using Requisition.Host.Tests.Web.Api.Support;
using static Requisition.Workflows.Cycle.CycleRoles;

namespace Requisition.Host.Tests.Web.Api;

public static partial class AccessMatrix
{
    /// <summary>An import job id nobody holds: the job calls answer 404 for every caller, and nothing is written.</summary>
    private const string NoSuchImport = "0123456789abcdef0123456789abcdef";

    /// <summary>
    /// The rows of the imports (ImportApi). A start without a body is refused after the role check (400: the file is
    /// empty), so no job starts; a caller of another role is refused (403). A job answers only its owner: an unknown id is
    /// 404 for everyone.
    /// </summary>
    private static IReadOnlyList<AccessRow> ImportRows =>
    [
        new("POST", $"{V1}/imports", _ => $"{V1}/imports?kind=catalog&fileName=catalog.csv", Rule(Expect.Passes, [Administrator], [Administrator])),
        new("POST", $"{V1}/imports", _ => $"{V1}/imports?kind=lplpo&fileName=lplpo.xlsx", Rule(Expect.Passes, [Pharmacist], [Pharmacist])),
        new("GET", $"{V1}/imports/{{id}}", _ => $"{V1}/imports/{NoSuchImport}", Everyone(Expect.Missing)),
        new("POST", $"{V1}/imports/{{id}}/confirm", _ => $"{V1}/imports/{NoSuchImport}/confirm", Everyone(Expect.Missing))
            { IfMatch = _ => $"\"{new string('0', 64)}\"" },
    ];
}
