using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Engine.Model;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// Submit, review, ship and receive take an idempotency key: a retry with the same key (a lost response, a double
/// click) gets the first result back and writes nothing; the same key on another command is refused; a refused
/// command leaves its key free for the corrected retry.
/// </summary>
public abstract class IdempotencyTests(TestDatabase database)
{
    [Fact]
    public async Task EveryStep_RetriedWithTheSameKey_ReturnsTheFirstResultAndWritesNothingTheSecondTime()
    {
        var (district, steps, month) = await FilledAsync();
        var lplpo = month.Lplpos[0];
        var probe = new LedgerProbe(district.Database);

        await RetriedAsync(probe, () => steps.SubmitAsync(lplpo, idempotencyKey: "submit-1"));
        district.SetDay(6);
        await RetriedAsync(probe, () => steps.ApproveAsync(lplpo.LplpoId, idempotencyKey: "review-1"));
        district.SetDay(8);
        var shipped = await RetriedAsync(probe, () => steps.ShipAsync(lplpo.LplpoId, idempotencyKey: "ship-1"));
        district.SetDay(10);
        var received = await RetriedAsync(probe, () => steps.ReceiveInFullAsync(lplpo, idempotencyKey: "receive-1"));

        Assert.NotNull(shipped.IssueNote);
        Assert.Equal(("closed", shipped.IssueNote), (received.Status, received.IssueNote));
        var sbbk = Assert.Single(await probe.SbbksAsync(), s => s.To == lplpo.FacilityId);
        Assert.Equal((sbbk.Shipped, sbbk.Shipped, sbbk.Shipped), (sbbk.IssuedFromCard, sbbk.Accepted, sbbk.ReceivedOnCard));
        Assert.Equal(4, (await probe.RowsAsync()).IdempotencyKeys);
        Assert.Single(await probe.JournalAsync(lplpo.InstanceId), e => e.ActivityId == "draft" && e.Outcome == "submit");
    }

    [Fact]
    public async Task Key_UsedAgainForAnotherCommand_IsRefusedAtIdempotencyKeyAndWritesNothing()
    {
        var (district, steps, month) = await FilledAsync();
        var lplpo = month.Lplpos[0];
        await steps.SubmitAsync(lplpo);
        district.SetDay(6);
        await steps.ApproveAsync(lplpo.LplpoId, idempotencyKey: "ifk-2026-11-06-1");
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();
        district.SetDay(8);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.ShipAsync(district.Ifk, lplpo.LplpoId, new ShipInput(), "ifk-2026-11-06-1"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("idempotencyKey", error.Field);
        Assert.Contains("lplpo.review", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await probe.RowsAsync());
        Assert.Empty(await probe.SbbksAsync());
    }

    [Fact]
    public async Task Submit_RefusedByTheGateThenRetriedWithTheSameKey_RunsTheRetry()
    {
        var (district, steps, month) = await FilledAsync();
        var lplpo = month.Lplpos[0];
        var pharmacist = district.Pharmacist(0);
        await Assert.ThrowsAsync<CommandRejectedException>(() => district.Host.Lplpo.SubmitAsync(pharmacist, lplpo.LplpoId, new SubmitInput(), "submit-7"));

        var submitted = await district.Host.Lplpo.SubmitAsync(pharmacist, lplpo.LplpoId,
            new SubmitInput(await steps.AcknowledgementsAsync(pharmacist, lplpo.LplpoId)), "submit-7");

        Assert.Equal("submitted", submitted.Status);
        Assert.Equal(1, (await new LedgerProbe(district.Database).RowsAsync()).IdempotencyKeys);
    }

    [Fact]
    public async Task Key_OfAnotherUser_DoesNotAnswerForThisOne()
    {
        var (district, steps, month) = await FilledAsync();
        var (lplpo, other) = (month.Lplpos[0], month.Lplpos[1]);
        await steps.FillAsync(other);
        await steps.SubmitAsync(lplpo, idempotencyKey: "submit");

        var result = await steps.SubmitAsync(other, idempotencyKey: "submit");

        Assert.Equal((other.LplpoId, "submitted"), (result.LplpoId, result.Status));
        Assert.Equal(2, (await new LedgerProbe(district.Database).RowsAsync()).IdempotencyKeys);
    }

    [Fact]
    public async Task Submit_WithFlags_KeepsTheFlagsByIdWithItsKeyAndTheRetryReadsThemBack()
    {
        var (district, steps, month) = await FilledAsync();
        var lplpo = month.Lplpos[0];

        var first = await steps.SubmitAsync(lplpo, idempotencyKey: "submit-flags");

        Assert.NotEmpty(first.Flags);
        await using (var db = district.Database.CreateDbContext())
        {
            var stored = (await db.IdempotencyKeys.AsNoTracking().SingleAsync(k => k.Key == "submit-flags")).ResultJson;
            Assert.Contains(first.Flags[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), stored, StringComparison.Ordinal);
            Assert.DoesNotContain(first.Flags[0].Message, stored, StringComparison.Ordinal);
        }
        var retry = await steps.SubmitAsync(lplpo, idempotencyKey: "submit-flags");
        Assert.Equal(Json(first), Json(retry));
    }

    [Fact]
    public async Task Key_WhoseResultWasStoredWhole_StillAnswersWithThatResult()
    {
        var (district, _, month) = await FilledAsync();
        var lplpo = month.Lplpos[0];
        var pharmacist = district.Pharmacist(0);
        var flag = new FlagView(99, "SHORT_STOCK", Severity.Warning, "lplpo", pharmacist.FacilityId!, "OBT-1", "2026-10", null,
            "Stock for less than a month", FlagStatus.Acknowledged, pharmacist.UserId, "checked", "v1");
        var whole = new LplpoActionResult(lplpo.LplpoId, lplpo.InstanceId, "submitted", [flag], ["ifk-review"]);
        await using (var db = district.Database.CreateDbContext())
        {
            db.IdempotencyKeys.Add(new IdempotencyRecord
            {
                UserId = pharmacist.UserId, Key = "submit-old", Command = $"lplpo.submit/{lplpo.LplpoId}",
                ResultJson = JsonSerializer.Serialize(whole, CycleJson.Options), CreatedAt = DateTimeOffset.UnixEpoch,
            });
            await db.SaveChangesAsync();
        }

        var answered = await district.Host.Lplpo.SubmitAsync(pharmacist, lplpo.LplpoId, new SubmitInput(), "submit-old");

        Assert.Equal(Json(whole), Json(answered));
    }

    /// <summary>Runs the command, then again (the retry): same result, and the second run wrote nothing.</summary>
    private static async Task<LplpoActionResult> RetriedAsync(LedgerProbe probe, Func<Task<LplpoActionResult>> command)
    {
        var first = await command();
        var after = await probe.RowsAsync();

        var retry = await command();

        Assert.Equal(Json(first), Json(retry));
        Assert.Equal(after, await probe.RowsAsync());
        return retry;
    }

    private static string Json(LplpoActionResult result) => JsonSerializer.Serialize(result, CycleJson.Options);

    /// <summary>Two puskesmas; the first one's draft filled in on 4 November.</summary>
    private async Task<(CycleDistrict District, CycleSteps Steps, StartMonthResult Month)> FilledAsync()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        district.SetDay(4);
        await steps.FillAsync(month.Lplpos[0]);
        return (district, steps, month);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : IdempotencyTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : IdempotencyTests(server.DatabaseFor(typeof(OnPostgres)));
}
