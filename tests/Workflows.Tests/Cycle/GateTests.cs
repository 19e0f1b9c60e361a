using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// The rules gate on submit and approval: an error blocks the transition until it is fixed; a warning must be
/// acknowledged with a reason, and the acknowledgement is kept with who gave it and why. A refused action writes nothing.
/// </summary>
public abstract class GateTests(TestDatabase database)
{
    /// <summary>Zinc is in the seeded catalog but not on the seeded FORNAS list: a warning at every LPLPO.</summary>
    private const string Zinc = "OBT-004";

    [Fact]
    public async Task Submit_WithAWarningNobodyAcknowledged_IsRefusedAndWritesNothing()
    {
        var (district, steps, lplpo) = await DraftAsync();
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.SubmitAsync(district.Pharmacist(0), lplpo.LplpoId, new SubmitInput()));

        var warning = Assert.Single(refused.Flags, f => f.Rule == "NOT_ON_FORNAS" && f.DrugCode == Zinc);
        Assert.Equal((Severity.Warning, FlagStatus.Open, Steps.Lplpo), (warning.Severity, warning.Status, warning.Step));
        Assert.Contains(refused.Errors, e => e.Field == $"flags.NOT_ON_FORNAS.{Zinc}");
        Assert.Equal(before, await probe.RowsAsync());
        Assert.Empty(await probe.FlagsAsync(lplpo.InstanceId));
        Assert.Equal(LplpoStatus.Draft, (await probe.LplpoAsync(lplpo.LplpoId)).Status);
        Assert.Equal(LplpoCommands.SubmitTask, Assert.Single(await district.Host.Queries.TasksAsync(district.Pharmacist(0))).Name);
    }

    [Fact]
    public async Task Submit_AcknowledgingOneItemOfARule_IsStillRefusedForTheRulesOtherItems()
    {
        var (district, _, lplpo) = await DraftAsync();
        var zincOnly = new Acknowledgement("NOT_ON_FORNAS", Zinc, null, "Zinc dipakai sesuai program diare; usulan FORNAS diajukan.");

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.SubmitAsync(district.Pharmacist(0), lplpo.LplpoId, new SubmitInput([zincOnly])));

        Assert.DoesNotContain(refused.Errors, e => e.Field == $"flags.NOT_ON_FORNAS.{Zinc}");
        Assert.Contains(refused.Errors, e => e.Field.StartsWith("flags.NOT_ON_FORNAS.", StringComparison.Ordinal));
        var zinc = Assert.Single(refused.Flags, f => f.Rule == "NOT_ON_FORNAS" && f.DrugCode == Zinc);
        Assert.False(zinc.Blocks);
        Assert.Equal(LplpoStatus.Draft, (await new LedgerProbe(district.Database).LplpoAsync(lplpo.LplpoId)).Status);
    }

    [Fact]
    public async Task Submit_WithEveryWarningAcknowledged_PassesAndKeepsEachFlagAcknowledgedWithWhoAndWhy()
    {
        var (district, steps, lplpo) = await DraftAsync();
        var pharmacist = district.Pharmacist(0);
        var acknowledgements = await steps.AcknowledgementsAsync(pharmacist, lplpo.LplpoId);

        var result = await district.Host.Lplpo.SubmitAsync(pharmacist, lplpo.LplpoId, new SubmitInput(acknowledgements));

        Assert.Equal(("submitted", LplpoCommands.ReviewTask), (result.Status, Assert.Single(result.Waiting)));
        var stored = await new LedgerProbe(district.Database).FlagsAsync(lplpo.InstanceId);
        var zinc = Assert.Single(stored, f => f.Rule == "NOT_ON_FORNAS" && f.DrugCode?.Value == Zinc);
        Assert.Equal((FlagStatus.Acknowledged, pharmacist.UserId, CycleSteps.AckReason, Steps.Lplpo),
            (zinc.Status, zinc.AcknowledgedBy, zinc.AcknowledgeReason, zinc.Step));
        Assert.Equal(district.Clock.Now, zinc.AcknowledgedAt);
        Assert.All(stored.Where(f => f.Severity == Severity.Warning), f => Assert.Equal(FlagStatus.Acknowledged, f.Status));
        var warned = stored.Where(f => f.Severity == Severity.Warning).Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(acknowledgements.Select(a => a.Rule), warned);
    }

    [Fact]
    public async Task Submit_AnAcknowledgementWithoutAReason_IsRefusedAtItsReason()
    {
        var (district, _, lplpo) = await DraftAsync();
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => district.Host.Lplpo.SubmitAsync(
            district.Pharmacist(0), lplpo.LplpoId, new SubmitInput([new Acknowledgement("NOT_ON_FORNAS", null, null, "  ")])));

        Assert.Equal("acknowledgements[0].reason", Assert.Single(refused.Errors).Field);
        Assert.Equal(before, await probe.RowsAsync());
    }

    [Fact]
    public async Task Submit_WithABalanceError_IsRefusedEvenWithEveryRuleAcknowledgedUntilTheClosingIsFixed()
    {
        var (district, steps, lplpo) = await DraftAsync();
        var pharmacist = district.Pharmacist(0);
        var line = (await district.Host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId)).Lines.First(l => l.Closing > 0);
        await district.Host.Lplpo.SaveDraftAsync(pharmacist, lplpo.LplpoId, new SaveDraftInput([new DraftLine(line.DrugCode, Closing: line.Closing + 5)]));
        var everything = (await steps.AcknowledgementsAsync(pharmacist, lplpo.LplpoId))
            .Append(new Acknowledgement("BALANCE_ERROR", null, null, "Selisih akan dicek saat stock opname.")).ToList();
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.SubmitAsync(pharmacist, lplpo.LplpoId, new SubmitInput(everything)));

        var error = Assert.Single(refused.Flags, f => f.Blocks);
        Assert.Equal(("BALANCE_ERROR", line.DrugCode, Severity.Error), (error.Rule, error.DrugCode, error.Severity));
        Assert.Equal($"flags.BALANCE_ERROR.{line.DrugCode}", Assert.Single(refused.Errors).Field);
        Assert.Equal(before, await probe.RowsAsync());

        await district.Host.Lplpo.SaveDraftAsync(pharmacist, lplpo.LplpoId, new SaveDraftInput([new DraftLine(line.DrugCode, Closing: line.Closing)]));
        var submitted = await steps.SubmitAsync(lplpo);

        Assert.Equal("submitted", submitted.Status);
        Assert.DoesNotContain(await probe.FlagsAsync(lplpo.InstanceId), f => f.Rule == "BALANCE_ERROR");
    }

    [Fact]
    public async Task Check_ALineReportingStockoutDays_ShowsAStockOutWarningToAcknowledge()
    {
        var (district, _, lplpo) = await DraftAsync();
        var pharmacist = district.Pharmacist(0);
        var line = (await district.Host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId)).Lines.First(l => l.Closing > 0);
        await district.Host.Lplpo.SaveDraftAsync(pharmacist, lplpo.LplpoId, new SaveDraftInput([new DraftLine(line.DrugCode, StockoutDays: 4)]));
        Assert.Equal(4, (await district.Host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId)).Lines.Single(l => l.DrugCode == line.DrugCode).StockoutDays);

        var check = await district.Host.Lplpo.CheckAsync(pharmacist, lplpo.LplpoId);

        var stockOut = Assert.Single(check, f => f.Rule == "STOCK_OUT" && f.DrugCode == line.DrugCode);
        Assert.Equal(Severity.Warning, stockOut.Severity);
        Assert.Contains("4 days without stock", stockOut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_WithReviewWarningsUnacknowledged_IsRefusedUntilTheOfficerAcknowledgesThem()
    {
        var (district, steps, lplpo) = await DraftAsync();
        await steps.SubmitAsync(lplpo);
        // One item used up: the IFK sees a stock-out at review as well.
        var warnings = (await district.Host.Lplpo.CheckAsync(district.Ifk, lplpo.LplpoId)).Where(f => f.Severity == Severity.Warning).ToList();
        Assert.Contains(warnings, f => f.Rule == "STOCK_OUT");
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.ReviewAsync(district.Ifk, lplpo.LplpoId, new ReviewInput(ReviewInput.Approve)));

        Assert.Equal(warnings.Select(w => (w.Rule, w.DrugCode)).Order(), refused.Flags.Where(f => f.Blocks).Select(f => (f.Rule, f.DrugCode)).Order());
        Assert.Equal(before, await probe.RowsAsync());
        Assert.Empty(await probe.GivenAsync(lplpo.LplpoId));

        var approved = await district.Host.Lplpo.ReviewAsync(district.Ifk, lplpo.LplpoId,
            new ReviewInput(ReviewInput.Approve, Acknowledgements: CycleSteps.Acknowledge(warnings)));

        Assert.Equal("approved", approved.Status);
        var stockOut = Assert.Single(await probe.FlagsAsync(lplpo.InstanceId), f => f.Rule == "STOCK_OUT" && f.Step == Steps.IfkReview);
        Assert.Equal((FlagStatus.Acknowledged, district.Ifk.UserId, CycleSteps.AckReason), (stockOut.Status, stockOut.AcknowledgedBy, stockOut.AcknowledgeReason));
        Assert.NotEmpty(await probe.GivenAsync(lplpo.LplpoId));
    }

    /// <summary>A two-puskesmas month with the first puskesmas's draft filled in (one item used up, the rest half used), on 4 November.</summary>
    private async Task<(CycleDistrict District, CycleSteps Steps, LplpoRef Lplpo)> DraftAsync()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        district.SetDay(4);
        var lplpo = month.Lplpos[0];
        var view = await district.Host.Queries.LplpoAsync(district.Pharmacist(0), lplpo.LplpoId);
        var lines = CycleSteps.HalfUsed(view).ToList();
        var first = view.Lines[0];
        lines[0] = lines[0] with { Used = first.Opening + first.Received - first.Lost };
        await steps.FillAsync(lplpo, lines);
        return (district, steps, lplpo);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : GateTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : GateTests(server.DatabaseFor(typeof(OnPostgres)));
}
