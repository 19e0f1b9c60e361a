using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Activities;

public sealed class RegistryTests
{
    [Fact]
    public void Registry_New_HoldsTheGenericBuiltIns() =>
        Assert.Equal(["Decision", "End", "FanOut", "HumanTask", "SetVariable", "Timer"], new ActivityRegistry().Types.Order(StringComparer.Ordinal));

    [Fact]
    public void Register_ADomainActivity_MakesItsTypeUsableInDefinitions()
    {
        var registry = new ActivityRegistry().Register(new LplpoRulesStep());

        Assert.Same(typeof(LplpoRulesStep), registry.Find("CheckLplpo")!.GetType());
    }

    [Fact]
    public void Register_ATypeNameTaken_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ActivityRegistry([new Explode(), new Explode()]));

        Assert.StartsWith("an activity of type 'Explode' is already registered (Explode)", error.Message);
    }
}
