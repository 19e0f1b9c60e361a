using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Activities;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle.Admin;

/// <summary>
/// Before saving a threshold change the administrator sees its effect on the open LPLPOs and the last 12 months: the flags
/// that would appear and disappear, the same ones the workflow's own facts and rules give, and nothing is written.
/// </summary>
public abstract class ThresholdWhatIfTests(TestDatabase database)
{
    private static readonly Dictionary<string, decimal> Lower = new() { [ThresholdNames.SafeFromMonths] = 6, [ThresholdNames.ExcessMonths] = 6 };
    private static readonly Dictionary<string, decimal> Higher = new() { [ThresholdNames.ExcessMonths] = 60 };

    [Fact]
    public async Task WhatIf_LoweringExcessMonths_ExcessStockAppearsOnOpenAndPastLplposExactlyAsTheWorkflowsRulesSay()
    {
        var (district, admin) = await MonthUnderWayAsync();

        var result = await district.Host.Thresholds.WhatIfAsync(admin, new WhatIfInput(Lower));

        var expected = await DirectAsync(district, admin, Lower);
        Assert.Equal(expected.Order(), result.Flags.Select(Describe).Order());
        Assert.Equal(expected.Count, result.TotalFlags);
        var excess = result.ByRule.Single(c => c.Key == ExcessStock.Id);
        Assert.Equal((result.Flags.Count(f => f.Rule == ExcessStock.Id), 0), (excess.Appear, excess.Disappear));
        Assert.Contains(result.Flags, f => f is { Rule: ExcessStock.Id, Change: WhatIfFlag.Appears, Scope: WhatIfFlag.Open });
        Assert.Contains(result.Flags, f => f is { Rule: ExcessStock.Id, Change: WhatIfFlag.Appears, Scope: WhatIfFlag.Past });
        Assert.All(result.Flags.Where(f => f.Scope == WhatIfFlag.Open), f => Assert.NotNull(f.LplpoId));
        Assert.Equal((3, 3 * 11, new Period(2025, 11), new Period(2026, 10)), (result.OpenLplpos, result.PastLplpos, result.PastFrom, result.PastTo));
        Assert.Equal(Lower.OrderBy(v => v.Key), result.Changed.OrderBy(v => v.Key));
    }

    [Fact]
    public async Task WhatIf_RaisingExcessMonths_ExcessStockDisappearsExactlyAsTheWorkflowsRulesSay()
    {
        var (district, admin) = await MonthUnderWayAsync();

        var result = await district.Host.Thresholds.WhatIfAsync(admin, new WhatIfInput(Higher));

        var expected = await DirectAsync(district, admin, Higher);
        Assert.Equal(expected.Order(), result.Flags.Select(Describe).Order());
        var excess = result.ByRule.Single(c => c.Key == ExcessStock.Id);
        Assert.True(excess.Disappear > 0);
        Assert.Equal(0, excess.Appear);
        Assert.All(result.Flags, f => Assert.Equal(WhatIfFlag.Disappears, f.Change));
        var scopes = result.ByScope.ToDictionary(s => s.Key);
        Assert.Equal(result.TotalFlags, scopes[WhatIfFlag.Open].Disappear + scopes[WhatIfFlag.Past].Disappear);
        Assert.Equal(result.TotalFlags, result.ByFacility.Sum(c => c.Disappear));
    }

    [Fact]
    public async Task WhatIfFacts_OfEveryStep_RaiseEveryFlagTheWorkflowsOwnFactSourceRaises()
    {
        var (district, admin) = await MonthUnderWayAsync();

        var compared = await district.Host.ReadAsync(admin, async unit =>
        {
            var thresholds = await unit.ThresholdsAsync();
            var scope = await ThresholdWhatIfFacts.LoadAsync(unit, CancellationToken.None);
            var steps = 0;
            foreach (var step in scope.Steps)
            {
                var report = (await Documents.LplpoAsync(unit, step.Report.Id))!;
                var review = step.Step == Steps.IfkReview;
                var given = review && report.Status == LplpoStatus.Submitted ? report.Lines.ToDictionary(l => l.DrugCode, l => l.Requested) : null;
                var submittedOn = report.Status is LplpoStatus.Draft or LplpoStatus.Returned ? unit.Today : unit.SubmittedOn(report);
                var facts = (await CycleFacts.ForLplpoAsync(unit, report, review, submittedOn, given))
                    .Where(f => step.Scope == WhatIfFlag.Open || f is not BatchStock).ToList();
                Assert.Equal(Raised(StepEvaluation.Run(step.Step, thresholds, step.AsOf, facts)), Raised(StepEvaluation.Run(step.Step, thresholds, step.AsOf, step.Facts)));
                steps++;
            }
            return steps;
        }, CancellationToken.None);

        Assert.Equal(1 + 1 + 2 + 33 * 2, compared);
    }

    private static List<string> Raised(IEnumerable<Rules.RuleSets.Flags.Flag> flags) =>
        flags.Select(f => $"{f.Rule} {f.Severity} {f.Facility.Value} {f.DrugCode?.Value} {f.Period} {f.Subject} {f.Message}").ToList();

    [Fact]
    public async Task WhatIf_ByTheAdministrator_WritesNothing()
    {
        var (district, admin) = await MonthUnderWayAsync();
        var before = await CountsAsync(district);

        await district.Host.Thresholds.WhatIfAsync(admin, new WhatIfInput(Lower));
        await district.Host.Thresholds.WhatIfAsync(admin, new WhatIfInput(Higher));

        Assert.Equal(before, await CountsAsync(district));
        Assert.Equal(district.Host.DefaultThresholds.Version, (await district.Host.Thresholds.CurrentAsync(admin)).Version);
    }

    [Fact]
    public async Task WhatIf_ByAPharmacistOrTheIfk_IsRefused()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);

        await Assert.ThrowsAsync<AccessDeniedException>(() => district.Host.Thresholds.WhatIfAsync(district.Pharmacist(0), new WhatIfInput(Lower)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => district.Host.Thresholds.WhatIfAsync(district.Ifk, new WhatIfInput(Lower)));
    }

    [Theory]
    [InlineData("no_such_threshold", "3", "values.no_such_threshold")]
    [InlineData(ThresholdNames.ExcessMonths, "-1", "values.excess_months")]
    [InlineData(ThresholdNames.NearExpiryErrorMonths, "2.5", "values.near_expiry_error_months")]
    [InlineData(ThresholdNames.LplpoDueDay, "40", "values.lplpo_due_day")]
    [InlineData(ThresholdNames.ExcessMonths, "6", "values.safe_from_months")]
    public async Task WhatIf_ImpossibleValue_IsRefusedAtThatValue(string name, string value, string field)
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var admin = Administrator(district);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => district.Host.Thresholds.WhatIfAsync(admin,
            new WhatIfInput(new Dictionary<string, decimal> { [name] = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) })));

        Assert.Equal(field, Assert.Single(refused.Errors).Field);
    }

    [Fact]
    public async Task WhatIf_NoValueNamed_IsRefusedAtValues()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Thresholds.WhatIfAsync(Administrator(district), new WhatIfInput(new Dictionary<string, decimal>())));

        Assert.Equal("values", Assert.Single(refused.Errors).Field);
    }

    private static Actor Administrator(CycleDistrict district) => new(district.Seeded.Administrator, CycleRoles.Administrator, null);

    /// <summary>
    /// Three puskesmas, some items overstocked, a year of closed history; the month started on 1 November: one LPLPO
    /// submitted, one returned for revision, one still a draft. Evaluated on 3 November.
    /// </summary>
    private async Task<(CycleDistrict District, Actor Admin)> MonthUnderWayAsync()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), plan: CycleDistrict.Plan(3, excess: 0.3));
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        district.SetDay(2);
        await steps.FillAndSubmitAsync(month.Lplpos[0]);
        await steps.FillAndSubmitAsync(month.Lplpos[1]);
        await district.Host.Lplpo.ReviewAsync(district.Ifk, month.Lplpos[1].LplpoId, new ReviewInput(ReviewInput.Return, "Periksa ulang pemakaian"));
        district.SetDay(3);
        return (district, Administrator(district));
    }

    private static async Task<(int Flags, int Revisions, int Lplpos, int Movements)> CountsAsync(CycleDistrict district)
    {
        await using var db = district.Database.CreateDbContext();
        return (await db.Flags.CountAsync(), await db.ThresholdRevisions.CountAsync(), await db.Lplpos.CountAsync(), await db.StockMovements.CountAsync());
    }

    private static string Describe(WhatIfFlag f) => $"{f.Scope} {f.Change} {f.Rule} {f.FacilityId} {f.DrugCode} {f.Period} {f.Subject}";

    /// <summary>
    /// The same question answered LPLPO by LPLPO with the workflow's own fact source (<see cref="CycleFacts.ForLplpoAsync"/>,
    /// several queries each) and rule sets: what each set raises at each step, told apart within the scope by what it is about.
    /// </summary>
    private static Task<List<string>> DirectAsync(CycleDistrict district, Actor admin, IReadOnlyDictionary<string, decimal> changes) =>
        district.Host.ReadAsync(admin, async unit =>
        {
            var current = await unit.ThresholdsAsync();
            var proposed = current.With("proposed", changes);
            var today = unit.Today;
            var month = Period.Of(today);
            var ids = await unit.Db.Lplpos.AsNoTracking().Select(r => r.Id).ToListAsync();
            var raised = new Dictionary<(string Scope, bool Proposed), HashSet<string>>();
            foreach (var id in ids)
            {
                var report = (await Documents.LplpoAsync(unit, id))!;
                var submitted = unit.SubmittedOn(report);
                var evaluations = new List<(string Scope, string Step, DateOnly AsOf, bool WithGiven, DateOnly SubmittedOn, bool Requested)>();
                if (report.Status is LplpoStatus.Draft or LplpoStatus.Returned)
                    evaluations.Add((WhatIfFlag.Open, Steps.Lplpo, today, false, today, false));
                else if (report.Status == LplpoStatus.Submitted)
                {
                    evaluations.Add((WhatIfFlag.Open, Steps.Lplpo, submitted, false, submitted, false));
                    evaluations.Add((WhatIfFlag.Open, Steps.IfkReview, today, true, submitted, true));
                }
                else if (report.Period >= month.AddMonths(-12) && report.Period < month)
                {
                    evaluations.Add((WhatIfFlag.Past, Steps.Lplpo, submitted, false, submitted, false));
                    evaluations.Add((WhatIfFlag.Past, Steps.IfkReview, report.ReviewedAt is { } at ? unit.Host.LocalDate(at) : submitted, true, submitted, false));
                }
                foreach (var e in evaluations)
                {
                    var given = e.Requested ? report.Lines.ToDictionary(l => l.DrugCode, l => l.Requested) : null;
                    var facts = (await CycleFacts.ForLplpoAsync(unit, report, e.WithGiven, e.SubmittedOn, given))
                        .Where(f => e.Scope == WhatIfFlag.Open || f is not BatchStock).ToList();
                    foreach (var (set, isProposed) in new[] { (current, false), (proposed, true) })
                    {
                        if (!raised.TryGetValue((e.Scope, isProposed), out var keys)) raised[(e.Scope, isProposed)] = keys = [];
                        foreach (var flag in StepEvaluation.Run(e.Step, set, e.AsOf, facts))
                            keys.Add($"{flag.Rule} {flag.Facility.Value} {flag.DrugCode?.Value} {flag.Period} {flag.Subject}");
                    }
                }
            }
            var expected = new List<string>();
            foreach (var scope in new[] { WhatIfFlag.Open, WhatIfFlag.Past })
            {
                var was = raised.GetValueOrDefault((scope, false)) ?? [];
                var will = raised.GetValueOrDefault((scope, true)) ?? [];
                expected.AddRange(will.Except(was).Select(k => $"{scope} {WhatIfFlag.Appears} {k}"));
                expected.AddRange(was.Except(will).Select(k => $"{scope} {WhatIfFlag.Disappears} {k}"));
            }
            return expected;
        }, CancellationToken.None);

    public sealed class OnSqlite(SqliteTestDatabase database) : ThresholdWhatIfTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ThresholdWhatIfTests(server.DatabaseFor(typeof(OnPostgres)));
}
