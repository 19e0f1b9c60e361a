namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>check --step distribution</c> on fixtures/district + fixtures/distribution: the IFK's batches, two
/// issue notes (SBBK) and their receipts. SBBK 001 picks paracetamol FEFO across two batches (no flag)
/// but ships simvastatin's later batch; SBBK 002 ships an amoxicillin batch expiring 2027-02-15.
/// </summary>
public sealed class CheckDistributionStepTests
{
    private const string Sbbk1 = "SBBK/IFK-KAB/2026/11/001";

    [Fact]
    public void Check_DistributionStep_FlagsTheFefoSkipTheShortReceiptsAndTheNearExpiryBatch()
    {
        using var folder = DataFolder.Of("district", "distribution");
        string[] expected =
        [
            "NEAR_EXPIRY error IFK-KAB OB007",
            "NOT_FEFO warning IFK-KAB OB136",
            "RECEIPT_MISMATCH warning PKM-A OB117", // 10 of 200 rejected, with a reason
            "RECEIPT_MISMATCH error PKM-B OB007", // 280 of 300 accepted, 20 unaccounted for
        ];

        var result = CliRunner.Run("check", "--step", "distribution", "--data", folder.Path, "--as-of", Fixtures.AsOf);

        CliAssert.Succeeded(result);
        Assert.Equal(expected, result.Flags().Select(f => f.Summary));
        Assert.All(result.Flags(), f => Assert.Equal("distribution", f.Step));
    }

    [Fact]
    public void Check_DistributionStep_NotFefoNamesTheShippedAndTheEarlierBatch()
    {
        using var folder = DataFolder.Of("district", "distribution");

        var flags = CliRunner.Run("check", "--step", "distribution", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        var notFefo = flags.Single(f => f.Rule == "NOT_FEFO");
        Assert.Equal(Sbbk1, notFefo.Subject);
        Assert.Equal("B136-K2", notFefo.Evidence.GetProperty("shipped_batch").GetString());
        Assert.Equal("B136-K1", notFefo.Evidence.GetProperty("earlier_batch").GetString());
        Assert.Equal(3000, notFefo.Evidence.GetProperty("earlier_left").GetInt64());
    }

    [Fact]
    public void Check_DistributionStep_ReceiptMismatchCountsTheUnitsUnaccountedFor()
    {
        using var folder = DataFolder.Of("district", "distribution");

        var flags = CliRunner.Run("check", "--step", "distribution", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        var explained = flags.Single(f => f.Rule == "RECEIPT_MISMATCH" && f.Facility == "PKM-A");
        var unexplained = flags.Single(f => f.Rule == "RECEIPT_MISMATCH" && f.Facility == "PKM-B");
        Assert.Equal(0, explained.Evidence.GetProperty("unaccounted").GetInt64());
        Assert.Equal(20, unexplained.Evidence.GetProperty("unaccounted").GetInt64());
    }
}
