using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Distribution;
using Requisition.Rules.RuleSets.Stock;

namespace Requisition.Rules.Tests.RuleSets.Distribution;

/// <summary>The IFK holds 50 units expiring September 2026 and 200 expiring June 2027.</summary>
public sealed class NotFefoTests
{
    private static readonly BatchStock Earlier = Given.Batch("B-EARLY", new DateOnly(2026, 9, 30), quantity: 50, at: Given.Ifk);
    private static readonly BatchStock Later = Given.Batch("B-LATE", new DateOnly(2027, 6, 30), quantity: 200, at: Given.Ifk);

    [Fact]
    public void Run_ShipsTheLaterBatchWhileTheEarlierHasStock_FlagsNotFefo()
    {
        var flags = Evaluate.At(Steps.Distribution, Earlier, Later, Given.Shipment("B-LATE", 100));

        var flag = Assert.Single(flags.Of(NotFefo.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal(Given.Ifk, flag.Facility);
        Assert.Equal(Given.ShipmentDocument, flag.Subject);
        Assert.Equal("B-EARLY", flag.EvidenceOf("earlier_batch"));
        Assert.Equal(50L, flag.EvidenceOf("earlier_left"));
    }

    [Fact]
    public void Run_TakesAllOfTheEarlierBatchBeforeTheLater_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Distribution, Earlier, Later, Given.Shipment("B-EARLY", 50), Given.Shipment("B-LATE", 50));

        Assert.Empty(flags.Of(NotFefo.Id));
    }

    [Fact]
    public void Run_TakesPartOfTheEarlierBatchAndSomeOfTheLater_FlagsWhatTheEarlierStillHolds()
    {
        var flags = Evaluate.At(Steps.Distribution, Earlier, Later, Given.Shipment("B-EARLY", 30), Given.Shipment("B-LATE", 50));

        Assert.Equal(20L, Assert.Single(flags.Of(NotFefo.Id)).EvidenceOf("earlier_left"));
    }

    [Fact]
    public void Run_ShipsOnlyFromTheEarliestBatch_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Distribution, Earlier, Later, Given.Shipment("B-EARLY", 30));

        Assert.Empty(flags.Of(NotFefo.Id));
    }

    [Fact]
    public void Run_EarlierBatchAlreadyExpired_IsNotOneToShipFirst()
    {
        var expired = Earlier with { Expiry = Given.AsOf.AddDays(-1) };

        var flags = Evaluate.At(Steps.Distribution, expired, Later, Given.Shipment("B-LATE", 100));

        Assert.Empty(flags.Of(NotFefo.Id));
        Assert.Single(flags.Of(Expired.Id));
    }

    [Fact]
    public void Run_EarlierBatchInsideTheNearExpiryErrorWindow_IsNotOneToShipFirst()
    {
        // Two months left: inside the default 3-month error window, so it must not be shipped at all.
        var nearExpiry = Earlier with { Expiry = Given.AsOf.AddMonths(2) };

        var flags = Evaluate.At(Steps.Distribution, nearExpiry, Later, Given.Shipment("B-LATE", 100));

        Assert.Empty(flags.Of(NotFefo.Id));
    }

    [Fact]
    public void Run_EarlierBatchJustOutsideTheErrorWindow_StillHasToShipFirst()
    {
        var shippable = Earlier with { Expiry = Given.AsOf.AddMonths(3).AddDays(1) };

        var flags = Evaluate.At(Steps.Distribution, shippable, Later, Given.Shipment("B-LATE", 100));

        Assert.Single(flags.Of(NotFefo.Id));
    }

    [Fact]
    public void Run_EarlierBatchOfAnotherFundingSource_IsNotOneToShipFirst()
    {
        var dak = Earlier with { FundSource = "DAK" };
        var apbd = Later with { FundSource = "APBD II" };

        var flags = Evaluate.At(Steps.Distribution, dak, apbd, Given.Shipment("B-LATE", 100));

        Assert.Empty(flags.Of(NotFefo.Id));
    }

    [Fact]
    public void Run_EarlierBatchOfTheSameFundingSource_StillHasToShipFirst()
    {
        var flags = Evaluate.At(Steps.Distribution, Earlier with { FundSource = "DAK" }, Later with { FundSource = "dak" }, Given.Shipment("B-LATE", 100));

        Assert.Single(flags.Of(NotFefo.Id));
    }
}
