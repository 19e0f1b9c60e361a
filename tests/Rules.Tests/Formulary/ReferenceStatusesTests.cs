using Requisition.Rules.Facts;
using Requisition.Rules.Formulary;

namespace Requisition.Rules.Tests.Formulary;

public sealed class ReferenceStatusesTests
{
    private static readonly CatalogItem Amoxicillin =
        new(new FacilityId("PKM-CIBEBER"), new DrugCode("OB12"), "Amoksisilin kaplet 500 mg", "Kaplet", "", "", true, 350m);

    private readonly FornasMatcher _matcher = FornasRows.Matcher();

    [Fact]
    public void For_NoDoenListLoaded_TakesDoenFromTheFornasEssentialFlag()
    {
        var match = _matcher.Match(ReferenceStatuses.Describe(Amoxicillin));

        var status = ReferenceStatuses.For(Amoxicillin, match, doen: null);

        Assert.Equal(Amoxicillin.Key, status.Key);
        Assert.Equal(match.Entry, status.Fornas);
        Assert.True(status.OnDoen);
        Assert.Equal("fornas-oen", status.DoenSource);
        Assert.Equal(match.Confidence, status.Confidence);
        Assert.Equal(match.Reason, status.Reason);
        Assert.Equal("amoksisilin|tablet|500mg", status.Signature);
    }

    [Fact]
    public void For_DoenListLoaded_AsksTheList()
    {
        var match = _matcher.Match(ReferenceStatuses.Describe(Amoxicillin));
        var doen = new DoenList([new DoenEntry("Parasetamol", "tablet", "500", "mg")]);

        var status = ReferenceStatuses.For(Amoxicillin, match, doen);

        Assert.False(status.OnDoen);
        Assert.Equal("doen", status.DoenSource);
    }

    [Fact]
    public void For_NothingMatchedAndNoDoenList_IsNotOnDoen()
    {
        var item = Amoxicillin with { Name = "Obat racikan" };
        var match = _matcher.Match(ReferenceStatuses.Describe(item));

        var status = ReferenceStatuses.For(item, match, doen: null);

        Assert.Null(status.Fornas);
        Assert.False(status.OnDoen);
    }

    [Fact]
    public void Describe_BlankColumns_BecomeNull()
    {
        var item = Amoxicillin with { Strength = " ", Unit = "", FornasId = "161" };

        var description = ReferenceStatuses.Describe(item);

        Assert.Equal(new ItemDescription("OB12", "Amoksisilin kaplet 500 mg", "Kaplet", null, null, "161"), description);
    }
}
