using Requisition.Host.Tests.Web.Api.Support;
using static Requisition.Workflows.Cycle.CycleRoles;

namespace Requisition.Host.Tests.Web.Api;

public static partial class AccessMatrix
{
    /// <summary>
    /// The rows of the indicator dashboard's API, each asked for the puskesmas probed: its own roles and the district
    /// (IFK officer, administrator) see it; a sub-unit and the roles of another puskesmas are refused. Nothing is written.
    /// </summary>
    private static IReadOnlyList<AccessRow> IndicatorRows =>
    [
        new("GET", $"{V1}/indicators", t => $"{V1}/indicators?facility={t.Facility}", Rule(Expect.Ok, Readers, District)),
        new("GET", $"{V1}/indicators/{{id}}/details", t => $"{V1}/indicators/stockout_time/details?facility={t.Facility}", Rule(Expect.Ok, Readers, District)),
        new("GET", $"{V1}/indicators/export", t => $"{V1}/indicators/export?format=csv&facility={t.Facility}", Rule(Expect.Ok, Readers, District)),
    ];
}
