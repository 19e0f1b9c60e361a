using Requisition.Host.Tests.Web.Api.Support;
using static Requisition.Workflows.Cycle.CycleRoles;

namespace Requisition.Host.Tests.Web.Api;

public static partial class AccessMatrix
{
    /// <summary>The rows of the imports (AccessMatrix.Imports.cs).</summary>
    private static IReadOnlyList<AccessRow> ImportRows => [];
}
