using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>A role's task queue: human tasks of that role at the facilities in scope, oldest first.</summary>
public abstract class TaskQueueTests(TestDatabase database)
{
    // Roles are unique per test: the class's tests share one database.
    private readonly string _officer = $"ifk-officer-{Guid.NewGuid():N}";

    [Fact]
    public async Task TasksAsync_RoleAtSomeFacilities_ReturnsThatRolesTasksThereOldestFirst()
    {
        var migrated = await database.MigratedAsync();
        var instance = WorkflowRows.Instance();
        var cibeberLater = WorkflowRows.Task(instance, _officer, "PKM-CIBEBER", WorkflowRows.Monday.AddHours(2));
        var cibeberEarlier = WorkflowRows.Task(instance, _officer, "PKM-CIBEBER", WorkflowRows.Monday.AddHours(1));
        var warungkondang = WorkflowRows.Task(instance, _officer, "PKM-WARUNGKONDANG", WorkflowRows.Monday);
        var cilakuOutOfScope = WorkflowRows.Task(instance, _officer, "PKM-CILAKU", WorkflowRows.Monday);
        var otherRole = WorkflowRows.Task(instance, "pharmacist", "PKM-CIBEBER", WorkflowRows.Monday);
        await SaveAsync(migrated, instance, cibeberLater, cibeberEarlier, warungkondang, cilakuOutOfScope, otherRole);

        await using var read = new WorkflowUnit(migrated);
        var tasks = await read.Store.TasksAsync(_officer, ["PKM-CIBEBER", "PKM-WARUNGKONDANG"]);

        Assert.Equal([warungkondang.Id, cibeberEarlier.Id, cibeberLater.Id], tasks.Select(t => t.Id));
    }

    [Fact]
    public async Task TasksAsync_NoFacilityScope_ReturnsTheRolesTasksEverywhere()
    {
        var migrated = await database.MigratedAsync();
        var instance = WorkflowRows.Instance();
        var cibeber = WorkflowRows.Task(instance, _officer, "PKM-CIBEBER", WorkflowRows.Monday);
        var noFacility = WorkflowRows.Task(instance, _officer, null, WorkflowRows.Monday.AddMinutes(1));
        await SaveAsync(migrated, instance, cibeber, noFacility);

        await using var read = new WorkflowUnit(migrated);

        Assert.Equal([cibeber.Id, noFacility.Id], (await read.Store.TasksAsync(_officer, null)).Select(t => t.Id));
        Assert.Empty(await read.Store.TasksAsync(_officer, []));
    }

    [Fact]
    public async Task TasksAsync_TimersAndJoinsOfTheRole_AreNotTasks()
    {
        var migrated = await database.MigratedAsync();
        var instance = WorkflowRows.Instance();
        var task = WorkflowRows.Task(instance, _officer, "PKM-CIBEBER", WorkflowRows.Monday);
        var timer = WorkflowRows.Timer(instance, WorkflowRows.Monday);
        timer.Role = _officer;
        timer.FacilityId = "PKM-CIBEBER";
        var join = WorkflowRows.Task(instance, _officer, "PKM-CIBEBER", WorkflowRows.Monday, "wait-children");
        join.Kind = BookmarkKind.Join;
        await SaveAsync(migrated, instance, task, timer, join);

        await using var read = new WorkflowUnit(migrated);

        Assert.Equal([task.Id], (await read.Store.TasksAsync(_officer, ["PKM-CIBEBER"])).Select(t => t.Id));
        Assert.Equal(3, (await read.Store.BookmarksAsync(instance.Id)).Count);
    }

    private static async Task SaveAsync(RequisitionDatabase migrated, WorkflowInstance instance, params Bookmark[] bookmarks)
    {
        await using var unit = new WorkflowUnit(migrated);
        unit.Store.Add(instance);
        foreach (var bookmark in bookmarks) unit.Store.Add(bookmark);
        await unit.CommitAsync();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : TaskQueueTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : TaskQueueTests(server.DatabaseFor(typeof(OnPostgres)));
}
