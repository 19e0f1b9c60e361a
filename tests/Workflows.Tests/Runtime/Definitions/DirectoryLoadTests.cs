using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Tests.DataFiles;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Definitions;

public sealed class DirectoryLoadTests
{
    private readonly WorkflowDefinitionLoader _loader = new(new ActivityRegistry());

    [Fact]
    public void LoadDirectory_TheCommittedExamples_LoadsBothVersionsOfTheApproval()
    {
        var catalog = new WorkflowDefinitionCatalog(_loader.LoadDirectory(RepositoryPaths.Examples));

        Assert.Equal([1, 2], catalog.Versions("approval").Select(d => d.Version));
        Assert.Equal(2, catalog.Latest("approval").Version);
        Assert.Equal("examples/approval.v1.json", catalog.Get("approval", 1).File);
    }

    [Fact]
    public void LoadDirectory_ABadFileInASubFolder_IsNamedFromTheFolderDown()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "workflows", "lplpo")).Parent!.FullName;
        File.WriteAllText(Path.Combine(folder, "lplpo", "monthly.v1.json"),
            """{ "id": "m", "version": 1, "start": "a", "activities": [ { "id": "a", "type": "End", "next": "z" } ] }""");

        var error = Assert.Throws<WorkflowDefinitionException>(() => _loader.LoadDirectory(folder));

        Assert.Contains("workflows/lplpo/monthly.v1.json: $.activities[0].next: no activity 'z'", error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void LoadDirectory_OneIdAndVersionInTwoFiles_NamesBothFiles()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "workflows")).FullName;
        const string Same = """{ "id": "m", "version": 1, "start": "a", "activities": [ { "id": "a", "type": "End" } ] }""";
        File.WriteAllText(Path.Combine(folder, "a.json"), Same);
        File.WriteAllText(Path.Combine(folder, "b.json"), Same);

        var error = Assert.Throws<WorkflowDefinitionException>(() => _loader.LoadDirectory(folder));

        Assert.Equal(["workflows/b.json: $.version: m v1 is also defined in workflows/a.json"], error.Errors.Select(e => e.ToString()));
    }
}
