using Requisition.Host.Tests.Web.Api.Support;
using static Requisition.Workflows.Cycle.CycleRoles;

namespace Requisition.Host.Tests.Web.Api;

public static partial class AccessMatrix
{
    /// <summary>The rows of the threshold what-if.</summary>
    private static IReadOnlyList<AccessRow> WhatIfRows => [];
}
