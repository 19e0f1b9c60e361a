using Requisition.Host.Cli.Bench.Workload;

namespace Requisition.Host.Tests.Bench;

public sealed class PlainEvaluationRuleBoundaryTests
{
    [Fact]
    public void Evaluate_DrugWithoutFormularyEntry_IsFlaggedNotOnFornasButNotNotOnDoen()
    {
        var workload = new BenchFactsBuilder().Line("D0001").Build();

        var counts = PlainEvaluation.Evaluate(workload);

        Assert.Equal((1, 0), (counts.A, counts.B));
    }

    [Fact]
    public void Evaluate_EntryOffFornasAndOffDoen_IsFlaggedByBothListRules()
    {
        var workload = new BenchFactsBuilder()
            .OnFormulary("D0001", onFornas: false, onDoen: false)
            .OnFormulary("D0002")
            .Line("D0001")
            .Line("D0002")
            .Build();

        var flags = PlainEvaluation.Run(workload).Flags;

        Assert.Equal([("A", "D0001"), ("B", "D0001")], flags.Select(flag => (flag.Rule, flag.DrugCode)));
    }

    [Theory]
    [InlineData(1800, 100, 0)]
    [InlineData(1801, 100, 1)]
    [InlineData(5000, 0, 0)]
    public void Evaluate_StockAgainstEighteenMonthsOfUse_IsExcessOnlyAboveIt(int stock, int avgMonthlyUse, int expected)
    {
        var workload = new BenchFactsBuilder().OnFormulary("D0001").Line("D0001", stockOnHand: stock, avgMonthlyUse: avgMonthlyUse).Build();

        Assert.Equal(expected, PlainEvaluation.Evaluate(workload).C);
    }

    [Fact]
    public void Evaluate_StockAgainstALowerExcessThreshold_UsesTheWorkloadThreshold()
    {
        var workload = new BenchFactsBuilder()
            .OnFormulary("D0001")
            .Line("D0001", stockOnHand: 1300, avgMonthlyUse: 100)
            .WithThresholds(new WorkloadThresholds(ExcessMonths: 12))
            .Build();

        Assert.Equal(1, PlainEvaluation.Evaluate(workload).C);
    }

    [Theory]
    [InlineData(2025, 7, 15, 1)]
    [InlineData(2025, 7, 16, 0)]
    [InlineData(2024, 12, 31, 1)]
    public void Evaluate_BatchExpiry_IsNearExpiryUpToSixMonthsFromToday(int year, int month, int day, int expected)
    {
        var workload = new BenchFactsBuilder().Batch("D0001", new DateOnly(year, month, day)).Build();

        Assert.Equal(expected, PlainEvaluation.Evaluate(workload).D);
    }

    [Theory]
    [InlineData(120, 100, 0)]
    [InlineData(121, 100, 1)]
    [InlineData(80, 100, 0)]
    [InlineData(79, 100, 1)]
    [InlineData(50, 0, 0)]
    public void Evaluate_RequestAgainstPlan_DeviatesOnlyBeyondTwentyPercent(int requested, int planned, int expected)
    {
        var workload = new BenchFactsBuilder().OnFormulary("D0001").Line("D0001", requested: requested, planned: planned).Build();

        Assert.Equal(expected, PlainEvaluation.Evaluate(workload).E);
    }

    [Theory]
    [InlineData(10, 0)]
    [InlineData(11, 1)]
    public void Run_FacilityFlagCount_RaisesAnAlertOnlyAboveTen(int flags, int expectedAlerts)
    {
        var builder = new BenchFactsBuilder().Line("D0001", facility: "F9001");
        for (var i = 0; i < flags; i++)
        {
            builder.Line($"D{i + 100:D4}");
        }

        var result = PlainEvaluation.Run(builder.Build());

        Assert.Equal(expectedAlerts, result.Alerts.Count);
        Assert.All(result.Alerts, alert => Assert.Equal((BenchFactsBuilder.Facility, flags), (alert.FacilityId, alert.FlagCount)));
        Assert.Equal(expectedAlerts == 1 ? flags : 0, result.Counts.FlagsInAlertedFacilities);
    }
}
