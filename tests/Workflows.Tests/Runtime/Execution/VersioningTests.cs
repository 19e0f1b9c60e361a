using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

public sealed class VersioningTests
{
    private readonly RuntimeHarness _district = new(TestDefinitions.ApprovalV1);

    private async Task<Guid> StartAndSubmit(string correlationId)
    {
        var started = await _district.StartApprovalAsync(correlationId);
        await _district.ResumeAsync(_district.OpenTask(started.Instance.Id).Id, "submit", Actors.CibeberPharmacist);
        return started.Instance.Id;
    }

    [Fact]
    public async Task Resume_InstanceStartedOnV1AfterV2IsLoaded_FinishesOnV1()
    {
        var old = await StartAndSubmit("request:1");

        _district.Catalog.Add(_district.Loader.Load("examples/approval.v2.json", TestDefinitions.ApprovalV2));
        await _district.ResumeAsync(_district.OpenTask(old).Id, "approve", Actors.IfkOfficer);

        var instance = _district.Database.Instance(old);
        Assert.Equal((1, WorkflowStatus.Completed), (instance.DefinitionVersion, instance.Status));
    }

    [Fact]
    public async Task Start_AfterV2IsLoaded_RunsOnV2()
    {
        _district.Catalog.Add(_district.Loader.Load("examples/approval.v2.json", TestDefinitions.ApprovalV2));

        var fresh = await StartAndSubmit("request:2");
        await _district.ResumeAsync(_district.OpenTask(fresh).Id, "approve", Actors.IfkOfficer);

        Assert.Equal(2, _district.Database.Instance(fresh).DefinitionVersion);
        Assert.Equal("confirm-receipt", _district.OpenTask(fresh).Name);
    }
}
