using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Distribution;

namespace Requisition.Rules.Tests.RuleSets.Distribution;

public sealed class ReceiptMismatchTests
{
    [Fact]
    public void Run_EverythingShippedAccepted_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Distribution, Given.Receipt(shipped: 100, accepted: 100, rejected: 0));

        Assert.Empty(flags.Of(ReceiptMismatch.Id));
    }

    [Fact]
    public void Run_ShortWithTheRejectedQuantityExplained_IsAWarning()
    {
        var flags = Evaluate.At(Steps.Distribution, Given.Receipt(shipped: 100, accepted: 90, rejected: 10, reason: "10 botol pecah"));

        var flag = Assert.Single(flags.Of(ReceiptMismatch.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal(0L, flag.EvidenceOf("unaccounted"));
        Assert.Equal(Given.ShipmentDocument, flag.Subject);
        Assert.EndsWith("rejected 10: 10 botol pecah", flag.Message);
    }

    [Fact]
    public void Run_RejectedWithoutAReason_IsAnError()
    {
        var flags = Evaluate.At(Steps.Distribution, Given.Receipt(shipped: 100, accepted: 90, rejected: 10));

        var flag = Assert.Single(flags.Of(ReceiptMismatch.Id));
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.Equal($"{Given.ShipmentDocument}: 10 of 100 rejected without a reason.", flag.Message);
    }

    [Fact]
    public void Run_ShortfallNeitherAcceptedNorRejected_IsAnErrorNamingTheUnaccountedUnits()
    {
        var flags = Evaluate.At(Steps.Distribution, Given.Receipt(shipped: 100, accepted: 90, rejected: 0));

        var flag = Assert.Single(flags.Of(ReceiptMismatch.Id));
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.Equal(10L, flag.EvidenceOf("unaccounted"));
        Assert.Contains("10 units unaccounted for", flag.Message);
    }

    [Fact]
    public void Run_RejectedOnTopOfAFullAcceptance_IsAnErrorBecauseTheCountsDoNotAddUp()
    {
        // Accepted + rejected must equal shipped (the rule's own contract): 100 + 10 of 100 cannot be.
        var flags = Evaluate.At(Steps.Distribution, Given.Receipt(shipped: 100, accepted: 100, rejected: 10, reason: "rusak"));

        var flag = Assert.Single(flags.Of(ReceiptMismatch.Id));
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.Equal(-10L, flag.EvidenceOf("unaccounted"));
    }
}
