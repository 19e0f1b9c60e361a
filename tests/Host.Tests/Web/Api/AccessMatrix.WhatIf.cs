using Requisition.Host.Tests.Web.Api.Support;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Cycle;
using static Requisition.Workflows.Cycle.CycleRoles;

namespace Requisition.Host.Tests.Web.Api;

public static partial class AccessMatrix
{
    /// <summary>The rows of the threshold what-if: the administrator's preview writes nothing, so it answers 200; everyone else is refused.</summary>
    private static IReadOnlyList<AccessRow> WhatIfRows =>
    [
        new("POST", $"{V1}/thresholds/what-if", _ => $"{V1}/thresholds/what-if", Rule(Expect.Ok, [Administrator], [Administrator]))
            { Body = _ => new WhatIfInput(new Dictionary<string, decimal> { [ThresholdNames.ExcessMonths] = 24m }) },
    ];
}
