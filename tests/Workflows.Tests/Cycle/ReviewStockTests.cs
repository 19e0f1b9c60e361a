using Requisition.Rules.Engine.Model;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// The IFK's review line by line: it cannot give more than its available stock; when stock is short across puskesmas
/// it gets a proportional suggestion; an adjusted quantity needs a reason category; a return needs a reason; the
/// funding sources of a line must add up to what it gives. A refused review writes nothing.
/// </summary>
public abstract class ReviewStockTests(TestDatabase database)
{
    /// <summary>Parasetamol, packs of 100.</summary>
    private const string Paracetamol = "OBT-001";

    private const string Amoxicillin = "OBT-002";

    [Fact]
    public async Task Approve_GivingMoreThanTheIfkHolds_IsRefusedNamingTheLineAndWritesNothing()
    {
        var (district, month) = await SubmittedAsync(1);
        var held = await IfkStockAsync(district, Paracetamol);
        var lines = new List<ReviewLine>
        {
            new(Amoxicillin),
            new(Paracetamol, Given: held + 1, ReasonCategory: AdjustmentReason.Other, Note: "Persiapan KLB"),
        };
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.ReviewAsync(district.Ifk, month.Lplpos[0].LplpoId, new ReviewInput(ReviewInput.Approve, Lines: lines)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("lines[1].given", error.Field);
        Assert.Contains($"{Paracetamol}: {held + 1} given but only {held} can be given", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await probe.RowsAsync());
    }

    [Fact]
    public async Task SuggestAllocation_TwoPuskesmasAskForMoreThanTheIfkHolds_SharesTheStockInProportionWithinIt()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var held = await IfkStockAsync(district, Paracetamol);
        // The first asks for all the IFK holds, the second for half of it.
        var month = await SubmittedAsync(district, 2, index => index == 0 ? held : held / 2);

        var suggestion = Assert.Single(await district.Host.Lplpo.SuggestAllocationAsync(district.Ifk), s => s.DrugCode == Paracetamol);

        Assert.Equal((held, held + held / 2, (int?)100), (suggestion.Available, suggestion.Requested, suggestion.PackSize));
        Assert.Equal(month.Lplpos.Select(l => (l.LplpoId, l.FacilityId)), suggestion.Shares.Select(s => (s.LplpoId, s.FacilityId)));
        Assert.Equal([held, held / 2], suggestion.Shares.Select(s => s.Requested));
        var total = suggestion.Shares.Sum(s => s.Suggested);
        Assert.InRange(total, held - 99, held);
        Assert.All(suggestion.Shares, share =>
        {
            Assert.Equal(0, share.Suggested % 100);
            Assert.InRange(share.Suggested, 0, share.Requested);
            Assert.InRange(share.Suggested - (decimal)held * share.Requested / suggestion.Requested, -100m, 100m);
        });
    }

    [Fact]
    public async Task Approve_AsRequestedAfterAnotherPuskesmasTookMostOfTheStock_IsRefusedUntilGivenTheSuggestedShare()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var held = await IfkStockAsync(district, Paracetamol);
        var month = await SubmittedAsync(district, 2, index => index == 0 ? held : held / 2);
        var shares = Assert.Single(await district.Host.Lplpo.SuggestAllocationAsync(district.Ifk), s => s.DrugCode == Paracetamol).Shares;
        var steps = new CycleSteps(district);
        district.SetDay(6);
        await ApproveWithShareAsync(district, steps, month.Lplpos[0], shares[0].Suggested);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.ApproveAsync(month.Lplpos[1].LplpoId));

        var error = Assert.Single(refused.Errors);
        Assert.Equal($"lines[{Paracetamol}].given", error.Field);
        Assert.Contains($"only {held - shares[0].Suggested} can be given", error.Message, StringComparison.Ordinal);

        await ApproveWithShareAsync(district, steps, month.Lplpos[1], shares[1].Suggested);
        var given = new List<LplpoGiven>();
        foreach (var lplpo in month.Lplpos) given.AddRange(await new LedgerProbe(district.Database).GivenAsync(lplpo.LplpoId));
        Assert.Equal(shares.Sum(s => s.Suggested), given.Where(g => g.DrugCode.Value == Paracetamol).Sum(g => g.Quantity));
        Assert.InRange(given.Where(g => g.DrugCode.Value == Paracetamol).Sum(g => g.Quantity), 0, held);
    }

    [Fact]
    public async Task Approve_AnAdjustedLineWithoutAReasonCategory_IsRefusedAtThatLine()
    {
        var (district, month) = await SubmittedAsync(1);
        var line = (await district.Host.Queries.LplpoAsync(district.Ifk, month.Lplpos[0].LplpoId)).Lines.First(l => l.DrugCode != Amoxicillin && l.Requested > 1);
        var lines = new List<ReviewLine> { new(Amoxicillin), new(line.DrugCode, Given: line.Requested - 1, Note: "dikurangi") };
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.ReviewAsync(district.Ifk, month.Lplpos[0].LplpoId, new ReviewInput(ReviewInput.Approve, Lines: lines)));

        Assert.Equal("lines[1].reasonCategory", Assert.Single(refused.Errors).Field);
        Assert.Equal(before, await probe.RowsAsync());
    }

    [Fact]
    public async Task Return_WithoutAReason_IsRefusedAtReasonAndTheLplpoStaysSubmitted()
    {
        var (district, month) = await SubmittedAsync(1);
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.ReviewAsync(district.Ifk, month.Lplpos[0].LplpoId, new ReviewInput(ReviewInput.Return, Reason: " ")));

        Assert.Equal("reason", Assert.Single(refused.Errors).Field);
        Assert.Equal(before, await probe.RowsAsync());
        Assert.Equal(LplpoStatus.Submitted, (await probe.LplpoAsync(month.Lplpos[0].LplpoId)).Status);
    }

    [Fact]
    public async Task Return_WithAReason_SendsTheDraftBackToThePharmacistWithTheReason()
    {
        var (district, month) = await SubmittedAsync(1);
        const string why = "Pemakaian amoksisilin tidak sesuai kartu stok.";

        var returned = await district.Host.Lplpo.ReviewAsync(district.Ifk, month.Lplpos[0].LplpoId, new ReviewInput(ReviewInput.Return, Reason: why));

        Assert.Equal(("returned", LplpoCommands.SubmitTask), (returned.Status, Assert.Single(returned.Waiting)));
        var report = await new LedgerProbe(district.Database).LplpoAsync(month.Lplpos[0].LplpoId);
        Assert.Equal((LplpoStatus.Returned, why), (report.Status, report.ReturnReason));
        Assert.Empty(report.Lines.SelectMany(l => l.Given));
    }

    [Fact]
    public async Task Approve_FundingSourcesThatDoNotAddUpToTheQuantityGiven_IsRefusedAtTheLine()
    {
        var (district, month) = await SubmittedAsync(1);
        var lines = new List<ReviewLine>
        {
            new(Paracetamol, Given: 10, Sources: [new(FundSource.ApbdII, 4), new(FundSource.Apbn, 3)],
                ReasonCategory: AdjustmentReason.AbovePlan, Note: "Di atas rencana bulanan"),
        };
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.ReviewAsync(district.Ifk, month.Lplpos[0].LplpoId, new ReviewInput(ReviewInput.Approve, Lines: lines)));

        Assert.Equal("lines[0].sources", Assert.Single(refused.Errors).Field);
        Assert.Equal(before, await probe.RowsAsync());
    }

    [Fact]
    public async Task Approve_FundingSourcesThatDoNotAddUpToTheRequest_IsRefusedAtTheLinesSources()
    {
        var (district, month) = await SubmittedAsync(1);
        var lines = new List<ReviewLine> { new(Paracetamol, Sources: [new(FundSource.ApbdII, 1)]) };
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.ReviewAsync(district.Ifk, month.Lplpos[0].LplpoId, new ReviewInput(ReviewInput.Approve, Lines: lines)));

        Assert.Equal("lines[0].sources", Assert.Single(refused.Errors).Field);
        Assert.Equal(before, await probe.RowsAsync());
    }

    [Fact]
    public async Task Approve_AnAdjustedLineSplitByFundingSource_KeepsEachSourcesShareAndTheReason()
    {
        var (district, month) = await SubmittedAsync(1);
        var steps = new CycleSteps(district);
        var lplpo = month.Lplpos[0];
        var requested = (await district.Host.Queries.LplpoAsync(district.Ifk, lplpo.LplpoId)).Lines.Single(l => l.DrugCode == Paracetamol).Requested;
        var lines = new List<ReviewLine>
        {
            new(Paracetamol, Given: 3, Sources: [new(FundSource.ApbdII, 2), new(FundSource.Dak, 1)],
                ReasonCategory: AdjustmentReason.AbovePlan, Note: "Di atas rencana bulanan"),
        };

        var approved = await district.Host.Lplpo.ReviewAsync(district.Ifk, lplpo.LplpoId,
            new ReviewInput(ReviewInput.Approve, Lines: lines, Acknowledgements: await steps.AcknowledgementsAsync(district.Ifk, lplpo.LplpoId)));

        Assert.Equal("approved", approved.Status);
        Assert.Equal([(FundSource.ApbdII, 2L), (FundSource.Dak, 1L)],
            (await new LedgerProbe(district.Database).GivenAsync(lplpo.LplpoId)).Where(g => g.DrugCode.Value == Paracetamol)
                .OrderBy(g => g.FundSource).Select(g => (g.FundSource, g.Quantity)));
        var line = (await new LedgerProbe(district.Database).LplpoAsync(lplpo.LplpoId)).Lines.Single(l => l.DrugCode.Value == Paracetamol);
        Assert.Equal((AdjustmentReason.AbovePlan, "Di atas rencana bulanan", requested), (line.ReasonCategory, line.Note, line.Requested));
        var deviation = Assert.Single(approved.Flags, f => f.Rule == "APPROVAL_DEVIATION" && f.DrugCode == Paracetamol);
        Assert.Equal(Severity.Info, deviation.Severity);
    }

    private async Task<(CycleDistrict District, StartMonthResult Month)> SubmittedAsync(int submitted)
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        return (district, await SubmittedAsync(district, submitted, null));
    }

    /// <summary>
    /// Starts the month and has the first <paramref name="submitted"/> puskesmas submit on 4 November, half of their stock
    /// used, asking for <paramref name="paracetamol"/>(index) of paracetamol when given.
    /// </summary>
    private static async Task<StartMonthResult> SubmittedAsync(CycleDistrict district, int submitted, Func<int, long>? paracetamol)
    {
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        district.SetDay(4);
        for (var i = 0; i < submitted; i++)
        {
            var lplpo = month.Lplpos[i];
            var lines = CycleSteps.HalfUsed(await district.Host.Queries.LplpoAsync(district.Pharmacist(i), lplpo.LplpoId)).ToList();
            if (paracetamol is not null)
            {
                var index = lines.FindIndex(l => l.DrugCode == Paracetamol);
                lines[index] = lines[index] with { Requested = paracetamol(i) };
            }
            await steps.FillAsync(lplpo, lines);
            await steps.SubmitAsync(lplpo);
        }
        return month;
    }

    private static async Task ApproveWithShareAsync(CycleDistrict district, CycleSteps steps, LplpoRef lplpo, long share)
    {
        var line = new ReviewLine(Paracetamol, Given: share, ReasonCategory: AdjustmentReason.SupplierStockShort, Note: "Stok IFK terbatas: bagian proporsional");
        await district.Host.Lplpo.ReviewAsync(district.Ifk, lplpo.LplpoId,
            new ReviewInput(ReviewInput.Approve, Lines: [line], Acknowledgements: await steps.AcknowledgementsAsync(district.Ifk, lplpo.LplpoId)));
    }

    private static async Task<long> IfkStockAsync(CycleDistrict district, string drugCode) =>
        (await district.Host.Queries.StockAsync(district.Ifk, district.Seeded.IfkId)).Where(s => s.DrugCode == drugCode).Sum(s => s.Quantity);

    public sealed class OnSqlite(SqliteTestDatabase database) : ReviewStockTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ReviewStockTests(server.DatabaseFor(typeof(OnPostgres)));
}
