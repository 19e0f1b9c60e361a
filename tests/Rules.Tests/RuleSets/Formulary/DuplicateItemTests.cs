using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Formulary;

namespace Requisition.Rules.Tests.RuleSets.Formulary;

public sealed class DuplicateItemTests
{
    private static readonly FornasEntry Fornas = Given.FornasRow(fktp: true);

    [Fact]
    public void Run_SameDrugUnderTwoCodes_FlagsEachCodeNamingTheOther()
    {
        var other = new DrugCode("PCT-500-B");

        var flags = Evaluate.At(Steps.Formulary,
            Given.Reference(Fornas, signature: "paracetamol|tablet|500mg"),
            Given.Reference(Fornas, signature: "paracetamol|tablet|500mg", drug: other));

        var duplicates = flags.Of(DuplicateItem.Id);
        Assert.Equal(2, duplicates.Count);
        Assert.Equal("PCT-500-B", Assert.Single(duplicates, f => f.DrugCode == Given.Paracetamol).EvidenceOf("same_as"));
        Assert.Equal("PCT-500", Assert.Single(duplicates, f => f.DrugCode == other).EvidenceOf("same_as"));
    }

    [Fact]
    public void Run_DifferentStrengths_RaiseNoFlag()
    {
        var flags = Evaluate.At(Steps.Formulary,
            Given.Reference(Fornas, signature: "paracetamol|tablet|500mg"),
            Given.Reference(Fornas, signature: "paracetamol|tablet|100mg", drug: new DrugCode("PCT-100")));

        Assert.Empty(flags.Of(DuplicateItem.Id));
    }

    [Fact]
    public void Run_SameDrugAtTwoFacilities_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Formulary,
            Given.Reference(Fornas),
            Given.Reference(Fornas, facility: new FacilityId("PKM-LELES")));

        Assert.Empty(flags.Of(DuplicateItem.Id));
    }

    [Fact]
    public void Run_ItemsWithoutASignature_AreNotTakenForDuplicates()
    {
        var flags = Evaluate.At(Steps.Formulary,
            Given.Reference(null, signature: ""),
            Given.Reference(null, signature: "", drug: new DrugCode("JAMU-01")));

        Assert.Empty(flags.Of(DuplicateItem.Id));
    }
}
