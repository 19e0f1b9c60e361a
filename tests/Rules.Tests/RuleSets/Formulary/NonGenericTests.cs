using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Formulary;

namespace Requisition.Rules.Tests.RuleSets.Formulary;

public sealed class NonGenericTests
{
    [Fact]
    public void Run_BrandedItemInAPuskesmasFormulary_FlagsIt()
    {
        var flags = Evaluate.At(Steps.Formulary, Given.Item(generic: false, name: "Sanmol 500 mg"));

        var flag = Assert.Single(flags.Of(NonGeneric.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal(Given.Paracetamol, flag.DrugCode);
        Assert.Equal("Sanmol 500 mg is not a generic; a puskesmas formulary holds generics only.", flag.Message);
    }

    [Fact]
    public void Run_GenericItem_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Formulary, Given.Item(generic: true));

        Assert.Empty(flags.Of(NonGeneric.Id));
    }
}
