using Requisition.Rules.Engine.Model;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// The puskesmas confirms each SBBK line as accepted + rejected = shipped, with a reason for any rejected quantity.
/// A rejection with its reason stays on record as a discrepancy and the puskesmas's stock card takes only what it accepted.
/// </summary>
public abstract class ReceiptTests(TestDatabase database)
{
    private const string Damaged = "Kemasan rusak saat diterima";

    [Fact]
    public async Task Receive_AcceptedPlusRejectedNotWhatWasShipped_IsRefusedAtThatLineAndWritesNothing()
    {
        var (district, lplpo, shipped) = await ShippedAsync();
        var lines = new List<ReceiptLineInput>
        {
            new(shipped[0].Id, shipped[0].Quantity),
            new(shipped[1].Id, shipped[1].Quantity - 1, 0),
        };
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.ReceiveAsync(district.Pharmacist(0), lplpo.LplpoId, new ReceiveInput(lines)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("lines[1]", error.Field);
        Assert.Contains($"must equal the {shipped[1].Quantity} shipped", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await probe.RowsAsync());
    }

    [Fact]
    public async Task Receive_ARejectedQuantityWithoutAReason_IsRefusedAtThatLinesReason()
    {
        var (district, lplpo, shipped) = await ShippedAsync();
        var lines = new List<ReceiptLineInput> { new(shipped[0].Id, shipped[0].Quantity - 1, 1) };
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.ReceiveAsync(district.Pharmacist(0), lplpo.LplpoId, new ReceiveInput(lines)));

        Assert.Equal("lines[0].reason", Assert.Single(refused.Errors).Field);
        Assert.Equal(before, await probe.RowsAsync());
    }

    [Fact]
    public async Task Receive_ALineOfAnotherSbbk_IsRefusedAtItsIssueLineId()
    {
        var (district, lplpo, _) = await ShippedAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.ReceiveAsync(district.Pharmacist(0), lplpo.LplpoId, new ReceiveInput([new ReceiptLineInput(long.MaxValue, 1)])));

        Assert.Equal("lines[0].issueLineId", Assert.Single(refused.Errors).Field);
    }

    [Fact]
    public async Task Receive_ARejectionWithAReason_IsAcknowledgedKeptOnRecordAndOnlyTheAcceptedQuantityReachesTheCard()
    {
        var (district, lplpo, shipped) = await ShippedAsync();
        var damaged = shipped[0];
        var lines = new List<ReceiptLineInput> { new(damaged.Id, damaged.Quantity - 2, 2, Damaged) };
        var pharmacist = district.Pharmacist(0);
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        // The difference is a warning: refused until acknowledged, then recorded.
        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.ReceiveAsync(pharmacist, lplpo.LplpoId, new ReceiveInput(lines)));
        var mismatch = Assert.Single(refused.Flags, f => f.Blocks);
        Assert.Equal(("RECEIPT_MISMATCH", Severity.Warning, damaged.DrugCode), (mismatch.Rule, mismatch.Severity, mismatch.DrugCode));
        Assert.Equal(before, await probe.RowsAsync());
        var received = await district.Host.Lplpo.ReceiveAsync(pharmacist, lplpo.LplpoId, new ReceiveInput(lines, Acknowledgements: CycleSteps.Acknowledge([mismatch])));

        Assert.Equal("closed", received.Status);
        var view = await district.Host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId);
        var line = view.Shipped.Single(l => l.Id == damaged.Id);
        Assert.Equal((damaged.Quantity - 2, 2L, Damaged), (line.Accepted, line.Rejected, line.Reason));
        Assert.All(view.Shipped.Where(l => l.Id != damaged.Id), l => Assert.Equal((l.Quantity, 0L), (l.Accepted, l.Rejected)));
        var sbbk = Assert.Single(await probe.SbbksAsync(), s => s.Number == view.IssueNote);
        Assert.Equal(sbbk.Shipped, sbbk.IssuedFromCard);
        Assert.Equal((sbbk.Shipped - 2, 2L, sbbk.Shipped - 2), (sbbk.Accepted, sbbk.Rejected, sbbk.ReceivedOnCard));
        var batch = (await probe.BalancesAsync()).Single(b => b.Facility == lplpo.FacilityId && b.DrugCode == damaged.DrugCode && b.Batch == damaged.Batch);
        Assert.Equal(damaged.Quantity - 2, batch.Quantity);
        var flag = Assert.Single(await probe.FlagsAsync(lplpo.InstanceId), f => f.Rule == "RECEIPT_MISMATCH");
        Assert.Equal((FlagStatus.Acknowledged, pharmacist.UserId, view.IssueNote), (flag.Status, flag.AcknowledgedBy, flag.Subject));
        Assert.Contains(Damaged, flag.Message, StringComparison.Ordinal);
    }

    /// <summary>The first of two puskesmas submitted, approved and shipped (an SBBK of at least two lines); the clock on day 10.</summary>
    private async Task<(CycleDistrict District, LplpoRef Lplpo, IReadOnlyList<IssueLineView> Shipped)> ShippedAsync()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        var lplpo = month.Lplpos[0];
        district.SetDay(4);
        await steps.FillAndSubmitAsync(lplpo);
        district.SetDay(6);
        await steps.ApproveAsync(lplpo.LplpoId);
        district.SetDay(8);
        await steps.ShipAsync(lplpo.LplpoId);
        district.SetDay(10);
        var shipped = (await district.Host.Queries.LplpoAsync(district.Pharmacist(0), lplpo.LplpoId)).Shipped;
        Assert.True(shipped.Count >= 2 && shipped[0].Quantity > 2, $"the SBBK has {shipped.Count} lines");
        return (district, lplpo, shipped);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ReceiptTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ReceiptTests(server.DatabaseFor(typeof(OnPostgres)));
}
