using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Tests.Runtime.Definitions;

public sealed class CatalogTests
{
    private readonly WorkflowDefinitionLoader _loader = new(new ActivityRegistry());

    private WorkflowDefinition Version(int version, string file = "w.json") =>
        _loader.Load(file, $$"""{ "id": "w", "version": {{version}}, "start": "a", "activities": [ { "id": "a", "type": "End" } ] }""");

    [Fact]
    public void Latest_SeveralVersionsAddedOutOfOrder_IsTheHighest()
    {
        var catalog = new WorkflowDefinitionCatalog([Version(3), Version(1), Version(2)]);

        Assert.Equal(3, catalog.Latest("w").Version);
        Assert.Equal(1, catalog.Get("w", 1).Version);
    }

    [Fact]
    public void Add_AVersionAlreadyLoaded_IsRefusedBecauseRunningInstancesDependOnIt()
    {
        var catalog = new WorkflowDefinitionCatalog([Version(1, "first.json")]);

        var error = Assert.Throws<WorkflowDefinitionException>(() => catalog.Add(Version(1, "second.json")));

        Assert.Equal("second.json: $.version: w v1 is already loaded from first.json; a new version needs a new number", error.Message);
    }

    [Fact]
    public void Get_AVersionNotLoaded_SaysWhichOne()
    {
        var catalog = new WorkflowDefinitionCatalog([Version(1)]);

        var error = Assert.Throws<DefinitionNotFoundException>(() => catalog.Get("w", 7));

        Assert.Equal("workflow definition 'w' v7 is not loaded", error.Message);
    }
}
