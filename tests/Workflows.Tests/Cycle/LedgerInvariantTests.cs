using Requisition.Workflows.Cycle.Seeding;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// After a whole month played through the commands (returns, proportional cuts, adjustments, sub-unit and emergency
/// requests, a rejected unit), the stock cards agree with the documents: every SBBK's issues at the supplier equal what
/// the receiver accepted plus what it recorded as rejected, and the receiver's card took the accepted part; no batch
/// anywhere is below zero; each LPLPO's use and losses are on the card in its period; every kept batch balance
/// (stock_balances) equals the sum of its movements.
/// </summary>
public abstract class LedgerInvariantTests(TestDatabase database)
{
    /// <summary>The driver's seed for which one puskesmas rejects a damaged unit on receipt.</summary>
    private const int RejectingSeed = 1;

    [Fact]
    public async Task Month_PlayedToTheEnd_LeavesEverySbbkBalancedNoNegativeBatchTheReportedUseOnTheCardsAndTheKeptBalancesEqualToTheirMovements()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), plan: CycleDistrict.Plan(3, nearExpiry: 0.2, excess: 0.2, ifkShort: 0.2));
        var summary = await MonthDriver.RunAsync(district.Host, district.Clock, district.Seeded, CycleDistrict.Month, new MonthOptions { Seed = RejectingSeed });
        Assert.True(summary.UnitsRejected > 0, "the month should include a rejected unit");
        var probe = new LedgerProbe(district.Database);

        var sbbks = await probe.SbbksAsync();
        var balances = await probe.BalancesAsync();
        var lplpos = await probe.LplposAsync(CycleDistrict.Month);

        Assert.Equal(summary.LplposStarted + summary.SubUnitRequests + summary.EmergencyRequests, sbbks.Count);
        Assert.All(sbbks, s =>
        {
            Assert.True(s.Received, $"{s.Number} was not received");
            Assert.Equal((s.Number, s.Shipped), (s.Number, s.IssuedFromCard));
            Assert.Equal((s.Number, s.IssuedFromCard), (s.Number, s.Accepted + s.Rejected));
            Assert.Equal((s.Number, s.Accepted), (s.Number, s.ReceivedOnCard));
        });
        var monthly = lplpos.Where(r => r.Kind == LplpoKind.Regular && r.SupplierId.Value == district.Seeded.IfkId).Select(r => (long?)r.Id).ToHashSet();
        var toPuskesmas = sbbks.Where(s => monthly.Contains(s.LplpoId)).ToList();
        Assert.Equal(summary.LplposStarted, toPuskesmas.Count);
        Assert.Equal((summary.UnitsIssuedByIfk, summary.UnitsAccepted, summary.UnitsRejected),
            (toPuskesmas.Sum(s => s.IssuedFromCard), toPuskesmas.Sum(s => s.Accepted), toPuskesmas.Sum(s => s.Rejected)));
        Assert.DoesNotContain(balances, b => b.Quantity < 0);
        Assert.NotEmpty(lplpos);
        foreach (var report in lplpos.Where(r => r.Kind == LplpoKind.Regular))
        {
            Assert.Equal(LplpoStatus.Closed, report.Status);
            var used = await probe.TakenOutAsync(report.FacilityId.Value, report.Period, MovementKind.Issue);
            var lost = await probe.TakenOutAsync(report.FacilityId.Value, report.Period, MovementKind.Loss);
            foreach (var line in report.Lines)
            {
                var where = $"{report.FacilityId} {line.DrugCode}";
                Assert.Equal((where, line.Used), (where, used.GetValueOrDefault(line.DrugCode.Value)));
                Assert.Equal((where, line.Lost), (where, lost.GetValueOrDefault(line.DrugCode.Value)));
            }
            Assert.Empty(used.Keys.Except(report.Lines.Select(l => l.DrugCode.Value)));
        }
        Assert.Equal(balances.Count, (await BalanceCheck.KeptAsync(district.Database)).Count);
        Assert.Equal("", await BalanceCheck.DifferenceAsync(district.Database));
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : LedgerInvariantTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : LedgerInvariantTests(server.DatabaseFor(typeof(OnPostgres)));
}
