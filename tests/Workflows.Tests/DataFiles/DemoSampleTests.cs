using Requisition.Rules.Facts;
using Requisition.Rules.Planning;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

/// <summary>
/// samples/demo is what the README runs `check` on: it must load cleanly and its numbers must be the
/// ones the product's own formulas give, so each flag it raises is one its story (samples/generate_demo.py) planted.
/// </summary>
public sealed class DemoSampleTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Lazy<CheckData> Demo = new(() => CheckDataLoader.Load(Path.Combine(AppContext.BaseDirectory, "samples", "demo")));
    private static readonly Lazy<ThresholdSet> Defaults = new(() =>
        ThresholdSet.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "thresholds.default.json"))));

    private static CheckData Data => Demo.Value;

    private static IEnumerable<IGrouping<ItemKey, StockMonth>> HistoryByItem => Data.History.GroupBy(m => m.Key);

    [Fact]
    public void Demo_HasThreePuskesmasOfAboutThirtyItemsAndNoFornasFile()
    {
        var perFacility = Data.Formulary.GroupBy(i => i.Facility.Value).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(["PKM-CIBEBER", "PKM-MEKARSARI", "PKM-SUKAJADI"], perFacility.Keys.Order());
        Assert.All(perFacility.Values, count => Assert.InRange(count, 28, 32));
        Assert.Empty(Data.Fornas);
    }

    [Fact]
    public void Demo_HistoryHoldsTwelveMonthsFromOctober2025ForEveryItem()
    {
        var expected = Enumerable.Range(0, 12).Select(i => new Period(2025, 10).AddMonths(i)).ToList();

        Assert.Equal(Data.Formulary.Count, HistoryByItem.Count());
        Assert.All(HistoryByItem, item => Assert.Equal(expected, item.Select(m => m.Period)));
    }

    [Fact]
    public void Demo_HistoryBalancesAndEachMonthOpensWithTheLastClosing()
    {
        Assert.All(HistoryByItem, item =>
        {
            var months = item.ToList();
            Assert.All(months, m => Assert.Equal(LplpoArithmetic.Closing(m.Opening, m.Received, m.Used, m.Lost), m.Closing));
            Assert.All(months.Skip(1).Zip(months), pair => Assert.Equal(pair.Second.Closing, pair.First.Opening));
        });
    }

    [Fact]
    public void Demo_LplpoOpensWithTheLastHistoryClosing()
    {
        var lastClosing = HistoryByItem.ToDictionary(g => g.Key, g => g.Last().Closing);

        Assert.All(Data.Lplpo, line => Assert.Equal(lastClosing[line.Key], line.Opening));
    }

    [Fact]
    public void Demo_HasExactlyOneLplpoBalanceError()
    {
        var unbalanced = Data.Lplpo.Where(l => l.Closing != LplpoArithmetic.Closing(l.Opening, l.Received, l.Used, l.Lost));

        Assert.Equal(new ItemKey(new FacilityId("PKM-MEKARSARI"), new DrugCode("OB117")), Assert.Single(unbalanced).Key);
    }

    [Fact]
    public void Demo_LplpoOptimumFollowsTheFormulaAndOnlyOneRequestLeavesTheDefault()
    {
        var t = Defaults.Value;
        var average = HistoryByItem.ToDictionary(g => g.Key, g => AverageMonthlyUse.Compute(
            g.Select(m => new UsageMonth(m.Period.Year, m.Period.Month, m.Used, m.StockoutDays))));

        Assert.All(Data.Lplpo, line => Assert.Equal(
            LplpoArithmetic.Optimum(average[line.Key], t.PeriodMonths, t.LeadTimeMonths, t.SafetyMonths), line.Optimum));
        var offDefault = Data.Lplpo.Where(l => l.Requested != LplpoArithmetic.DefaultRequest(l.Optimum!.Value, l.Closing));
        var line = Assert.Single(offDefault);
        Assert.Equal(new ItemKey(new FacilityId("PKM-SUKAJADI"), new DrugCode("OB007")), line.Key);
        Assert.True(line.Requested > 3 * line.Optimum, "the planted request should be far above the optimum");
    }

    [Fact]
    public void Demo_RkoIsTheConsumptionMethodOverTheHistoryAtTwoDecimals()
    {
        var t = Defaults.Value;
        var settings = new RkoSettings(t.RkoSafetyPct, t.RkoLeadTimeWeeks);
        var history = HistoryByItem.ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(Data.Formulary.Count, Data.Rko.Count);
        Assert.All(Data.Rko, line =>
        {
            var months = history[line.Key];
            var average = AverageMonthlyUse.Compute(months.Select(m => new UsageMonth(m.Period.Year, m.Period.Month, m.Used, m.StockoutDays)));
            var plan = Rko.Consumption(average, months[^1].Closing, settings);
            Assert.Equal(
                (Math.Round(plan.AverageMonthlyUse, 2, MidpointRounding.AwayFromZero), Math.Round(plan.AnnualUse, 2, MidpointRounding.AwayFromZero),
                    Math.Round(plan.SafetyStock, 2, MidpointRounding.AwayFromZero), Math.Round(plan.LeadTimeStock, 2, MidpointRounding.AwayFromZero),
                    plan.RemainingStock, plan.PlannedNeed),
                (line.AvgMonthlyUse, line.AnnualUse, line.SafetyStock, line.LeadTimeStock, line.RemainingStock, line.PlannedNeed));
        });
    }

    [Fact]
    public void Demo_HasOneExpiredBatchAndBatchesInEachNearExpiryWindow()
    {
        var t = Defaults.Value;

        Assert.Single(Data.Batches, b => b.Expiry < Today);
        Assert.Contains(Data.Batches, b => b.Expiry >= Today && b.Expiry < Today.AddMonths(t.NearExpiryErrorMonths));
        Assert.Contains(Data.Batches, b => b.Expiry >= Today.AddMonths(t.NearExpiryErrorMonths) && b.Expiry < Today.AddMonths(t.NearExpiryWarningMonths));
        Assert.Contains(Data.Batches, b => b.Expiry >= Today.AddMonths(t.NearExpiryWarningMonths) && b.Expiry < Today.AddMonths(t.NearExpiryInfoMonths));
    }

    [Fact]
    public void Demo_PlantsOneBrandItemOneGivenWithANoteAndOneLateLplpo()
    {
        var t = Defaults.Value;

        Assert.Equal("OB901", Assert.Single(Data.Formulary, i => !i.Generic).DrugCode.Value);
        Assert.Equal("OB117", Assert.Single(Data.Lplpo, l => l.Given is not null && l.Note is not null).DrugCode.Value);
        var late = Data.LplpoDocuments.Where(d => d.SubmittedOn > d.Period.AddMonths(1).FirstDay.AddDays(t.LplpoDueDay - 1));
        Assert.Equal("PKM-MEKARSARI", Assert.Single(late).Facility.Value);
    }

    [Fact]
    public void Demo_ReceiptsConfirmEveryShipmentLineAndOneDiffers()
    {
        Assert.Equal(Data.Shipments.Count, Data.Receipts.Count);
        Assert.Single(Data.Receipts, r => r.Accepted != r.Shipped);
    }

    [Fact]
    public void Demo_OneBudgetFallsShortOfItsRkoCost()
    {
        var price = Data.Formulary.ToDictionary(i => i.Key, i => i.Price);
        var cost = Data.Rko.GroupBy(r => r.Facility).ToDictionary(g => g.Key, g => g.Sum(r => r.PlannedNeed * price[r.Key]));

        var underfunded = Data.Budgets.Where(b => b.Amount < cost[b.Facility]);

        Assert.Equal("PKM-SUKAJADI", Assert.Single(underfunded).Facility.Value);
    }
}
