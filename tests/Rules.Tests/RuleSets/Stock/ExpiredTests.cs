using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Stock;

namespace Requisition.Rules.Tests.RuleSets.Stock;

public sealed class ExpiredTests
{
    [Fact]
    public void Run_BatchOnItsExpiryDate_IsNotYetExpiredButInTheErrorWindow()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Batch("B-2404", Given.AsOf));

        Assert.Empty(flags.Of(Expired.Id));
        Assert.Equal(Severity.Error, Assert.Single(flags.Of(NearExpiry.Id)).Severity);
    }

    [Fact]
    public void Run_BatchTheDayAfterItsExpiryDate_FlagsItExpiredAsAnError()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Batch("B-2404", Given.AsOf.AddDays(-1), quantity: 40));

        var flag = Assert.Single(flags.Of(Expired.Id));
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.Equal("B-2404", flag.Subject);
        Assert.Equal("2026-04-04", flag.EvidenceOf("expiry"));
        Assert.Equal("Batch B-2404 (40 units) expired on 2026-04-04 and is still in stock.", flag.Message);
        Assert.Empty(flags.Of(NearExpiry.Id));
    }

    [Fact]
    public void Run_ExpiredBatchWithNoStockLeft_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Batch("B-2404", Given.AsOf.AddDays(-1), quantity: 0));

        Assert.Empty(flags.Of(Expired.Id));
    }
}
