using Requisition.Rules.Engine.Runtime;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Derived;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Tests.Thresholds;

namespace Requisition.Rules.Tests.RuleSets;

/// <summary>In a live session, derived facts and flags follow the facts they came from as those change.</summary>
public sealed class TruthMaintenanceTests
{
    [Fact]
    public void Fire_LineCorrectedSoTheBalanceHolds_WithdrawsItsBalanceError()
    {
        var session = LplpoSession();
        var wrong = Given.Line(used: 100, closing: 100) with { Closing = 90 };
        session.Insert(wrong);
        session.Fire();
        Assert.Single(session.Query<Flag>().Of(BalanceError.Id));

        session.Retract(wrong);
        session.Insert(wrong with { Closing = 100 });
        session.Fire();

        Assert.Empty(session.Query<Flag>().Of(BalanceError.Id));
    }

    [Fact]
    public void Fire_HistoryInsertedAfterTheLine_SwitchesMonthsOfStockToTheHistoryAverage()
    {
        var session = LplpoSession();
        session.Insert(Given.Line(used: 100, closing: 1000));
        session.Fire();
        var before = Assert.Single(session.Query<StockPosition>());
        Assert.Equal("period", before.AverageSource);
        Assert.Equal(10m, before.MonthsOfStock);
        Assert.Empty(session.Query<Flag>().Of(ExcessStock.Id));

        session.InsertAll(Given.HistoryBefore(50, 50, 50));
        session.Fire();

        var after = Assert.Single(session.Query<StockPosition>());
        Assert.Equal("history", after.AverageSource);
        Assert.Equal(20m, after.MonthsOfStock);
        Assert.Single(session.Query<Flag>().Of(ExcessStock.Id));
    }

    [Fact]
    public void Fire_HistoryRetracted_FallsBackToThePeriodsUseAndWithdrawsTheFlag()
    {
        var session = LplpoSession();
        var history = Given.HistoryBefore(50, 50, 50);
        session.InsertAll(history);
        session.Insert(Given.Line(used: 100, closing: 1000));
        session.Fire();
        Assert.Single(session.Query<Flag>().Of(ExcessStock.Id));

        foreach (var month in history) session.Retract(month);
        session.Fire();

        Assert.Equal("period", Assert.Single(session.Query<StockPosition>()).AverageSource);
        Assert.Empty(session.Query<Flag>().Of(ExcessStock.Id));
    }

    private static RuleSession LplpoSession()
    {
        var session = RuleCatalog.ForStep(Steps.Lplpo).CreateSession();
        session.Insert(DefaultThresholds.Set);
        session.Insert(new EvaluationDate(Given.AsOf));
        return session;
    }
}
