using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Formulary;

namespace Requisition.Rules.Tests.RuleSets.Formulary;

public sealed class NotOnDoenTests
{
    [Fact]
    public void Run_ItemMissingFromTheLoadedDoenList_FlagsItNamingTheDoenList()
    {
        var reference = Given.Reference(Given.FornasRow(fktp: true), onDoen: false, doenSource: "doen");

        var flags = Evaluate.At(Steps.Formulary, Given.Item(), reference);

        var flag = Assert.Single(flags.Of(NotOnDoen.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal("doen", flag.EvidenceOf("decided_by"));
        Assert.Contains("not on the loaded DOEN list", flag.Message);
    }

    [Fact]
    public void Run_ItemNotEssentialInFornasWithoutADoenList_SaysFornasStoodInForDoen()
    {
        var reference = Given.Reference(Given.FornasRow(fktp: true), onDoen: false, doenSource: "fornas-oen");

        var flags = Evaluate.At(Steps.Rko, Given.Item(), reference);

        var flag = Assert.Single(flags.Of(NotOnDoen.Id));
        Assert.Equal("fornas-oen", flag.EvidenceOf("decided_by"));
        Assert.Contains("not marked essential (OEN) in FORNAS", flag.Message);
    }

    [Fact]
    public void Run_ItemOnDoen_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Formulary, Given.Item(), Given.Reference(Given.FornasRow(fktp: true), onDoen: true));

        Assert.Empty(flags.Of(NotOnDoen.Id));
    }
}
