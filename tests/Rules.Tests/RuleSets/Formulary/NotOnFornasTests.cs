using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Formulary;

namespace Requisition.Rules.Tests.RuleSets.Formulary;

public sealed class NotOnFornasTests
{
    [Fact]
    public void Run_ItemWithNoFornasMatch_FlagsItAsAbsentAndQuotesTheMatchReason()
    {
        var reference = Given.Reference(fornas: null, reason: "no FORNAS row for 'parasetamol forte'");

        var flags = Evaluate.At(Steps.Formulary, Given.Item(), reference);

        var flag = Assert.Single(flags.Of(NotOnFornas.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal("absent", flag.EvidenceOf("finding"));
        Assert.Contains("not on FORNAS: no FORNAS row for 'parasetamol forte'", flag.Message);
        Assert.DoesNotContain(flag.Evidence, e => e.Name == "fornas_id");
    }

    [Fact]
    public void Run_ItemOnFornasButNotForPrimaryCare_FlagsItAsNotForFktpWithTheFornasRow()
    {
        var flags = Evaluate.At(Steps.Formulary, Given.Item(), Given.Reference(Given.FornasRow(fktp: false)));

        var flag = Assert.Single(flags.Of(NotOnFornas.Id));
        Assert.Equal("not-for-fktp", flag.EvidenceOf("finding"));
        Assert.Equal("1234", flag.EvidenceOf("fornas_id"));
        Assert.Contains("not for primary care (FKTP)", flag.Message);
    }

    [Fact]
    public void Run_ItemOnFornasForPrimaryCare_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Formulary, Given.Item(), Given.Reference(Given.FornasRow(fktp: true)));

        Assert.Empty(flags.Of(NotOnFornas.Id));
    }
}
