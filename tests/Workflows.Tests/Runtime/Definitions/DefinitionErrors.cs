using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Tests.Runtime.Definitions;

/// <summary>Loads a definition that should be refused and returns its problems as people read them.</summary>
internal static class DefinitionErrors
{
    public const string File = "workflows/lplpo-monthly.v1.json";

    public static IReadOnlyList<string> Of(string json)
    {
        var loader = new WorkflowDefinitionLoader(new ActivityRegistry());
        var error = Assert.Throws<WorkflowDefinitionException>(() => loader.Load(File, json));
        return error.Errors.Select(e => e.ToString()).ToList();
    }
}
