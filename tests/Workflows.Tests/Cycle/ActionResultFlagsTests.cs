using Requisition.Workflows.Cycle;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// An action's result lists the LPLPO's unresolved flags exactly as its view does afterwards: the flags the action's
/// own step recorded (held in memory) and those of earlier steps (read back), each once, with its current status.
/// </summary>
public abstract class ActionResultFlagsTests(TestDatabase database)
{
    [Fact]
    public async Task EveryActionsResult_FromDraftToReceipt_ListsTheSameFlagsAsTheViewAfterIt()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), plan: CycleDistrict.Plan(2, nearExpiry: 0.3, excess: 0.3, ifkShort: 0));
        var steps = new CycleSteps(district);
        var lplpo = (await steps.StartMonthAsync()).Lplpos[0];
        district.SetDay(4);
        var pharmacist = steps.PharmacistOf(lplpo.FacilityId);
        var view = await district.Host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId);

        var results = new List<(string Action, LplpoActionResult Result)>
        {
            ("save-draft", await district.Host.Lplpo.SaveDraftAsync(pharmacist, lplpo.LplpoId, new SaveDraftInput(CycleSteps.HalfUsed(view)))),
            ("submit", await steps.SubmitAsync(lplpo)),
        };
        district.SetDay(6);
        results.Add(("review", await steps.ApproveAsync(lplpo.LplpoId)));
        var afterReview = await district.Host.Queries.LplpoAsync(district.Ifk, lplpo.LplpoId);
        results.Add(("ship", await steps.ShipAsync(lplpo.LplpoId)));
        var afterShip = await district.Host.Queries.LplpoAsync(district.Ifk, lplpo.LplpoId);
        district.SetDay(10);
        results.Add(("receive", await steps.ReceiveInFullAsync(lplpo)));
        var afterReceive = await district.Host.Queries.LplpoAsync(district.Ifk, lplpo.LplpoId);

        Assert.Equal(Shown(afterReview.Flags), Shown(results[2].Result.Flags));
        Assert.Equal(Shown(afterShip.Flags), Shown(results[3].Result.Flags));
        Assert.Equal(Shown(afterReceive.Flags), Shown(results[4].Result.Flags));
        Assert.True(afterReview.Flags.Select(f => f.Step).Distinct().Count() >= 2,
            $"the review's result should hold flags of the lplpo step and its own: {string.Join(", ", afterReview.Flags.Select(f => f.Step).Distinct())}");
        foreach (var (action, result) in results)
            Assert.True(result.Flags.Select(f => f.Id).Distinct().Count() == result.Flags.Count, $"{action}: a flag listed twice");
    }

    /// <summary>What the screens show of each flag, by id.</summary>
    private static List<string> Shown(IEnumerable<FlagView> flags) =>
        flags.OrderBy(f => f.Id).Select(f => $"{f.Id} {f.Step} {f.Rule} {f.DrugCode} {f.Subject} {f.Severity} {f.Status} {f.AcknowledgedBy} {f.Message}").ToList();

    public sealed class OnSqlite(SqliteTestDatabase database) : ActionResultFlagsTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ActionResultFlagsTests(server.DatabaseFor(typeof(OnPostgres)));
}
