using Microsoft.EntityFrameworkCore;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle.Admin;

/// <summary>
/// After the what-if, the change is saved: saving records who, when and why; a change applies to steps evaluated after
/// it, and the flags of earlier steps keep the version they were raised under.
/// </summary>
public abstract class ThresholdWhatIfVersioningTests(TestDatabase database)
{
    /// <summary>Any item with a quarter of a month of stock or more is in excess: every filled-in line is.</summary>
    private static readonly Dictionary<string, decimal> Strict = new()
    {
        [ThresholdNames.OutBelowMonths] = 0.25m, [ThresholdNames.SafeFromMonths] = 0.25m, [ThresholdNames.ExcessMonths] = 0.25m,
    };

    [Fact]
    public async Task Revise_BetweenSubmitAndReview_SubmitFlagsKeepTheOldVersionAndTheReviewNamesTheNewOne()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var admin = new Actor(district.Seeded.Administrator, CycleRoles.Administrator, null);
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        var first = await district.Host.Thresholds.ReviseAsync(admin, new ReviseThresholdsInput(Strict, "Uji: semua stok di atas seperempat bulan berlebih"));
        district.SetDay(2);
        var lplpo = month.Lplpos[0];
        await steps.FillAndSubmitAsync(lplpo);

        district.SetDay(3, 10);
        var second = await district.Host.Thresholds.ReviseAsync(admin,
            new ReviseThresholdsInput(new Dictionary<string, decimal> { [ThresholdNames.LplpoDueDay] = 12 }, "Rapat koordinasi: batas LPLPO tanggal 12"));
        district.SetDay(4);
        await steps.ApproveAsync(lplpo.LplpoId);

        await using var db = district.Database.CreateDbContext();
        var excess = await db.Flags.AsNoTracking().Where(f => f.WorkflowInstanceId == lplpo.InstanceId && f.Rule == ExcessStock.Id).ToListAsync();
        var atSubmit = excess.Where(f => f.Step == Steps.Lplpo).ToList();
        var atReview = excess.Where(f => f.Step == Steps.IfkReview).ToList();
        Assert.NotEmpty(atSubmit);
        Assert.NotEmpty(atReview);
        Assert.All(atSubmit, f => Assert.Equal((first.Version, FlagStatus.Acknowledged), (f.ThresholdVersion, f.Status)));
        Assert.All(atReview, f => Assert.Equal(second.Version, f.ThresholdVersion));
        Assert.Equal(("rev-1", "rev-2"), (first.Version, second.Version));
        var saved = (await district.Host.Thresholds.HistoryAsync(admin))[0];
        Assert.Equal(("rev-2", admin.UserId, new DateTimeOffset(2026, 11, 3, 10, 0, 0, TimeSpan.FromHours(7)), "Rapat koordinasi: batas LPLPO tanggal 12"),
            (saved.Version, saved.ChangedBy, saved.ChangedAt, saved.Reason));
        Assert.Equal((12m, 0.25m), (saved.Values[ThresholdNames.LplpoDueDay], saved.Values[ThresholdNames.ExcessMonths]));
    }

    [Fact]
    public async Task WhatIf_ThenRevise_TheRevisionChangesWhatTheWhatIfComparedWith()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var admin = new Actor(district.Seeded.Administrator, CycleRoles.Administrator, null);
        await new CycleSteps(district).StartMonthAsync();

        var preview = await district.Host.Thresholds.WhatIfAsync(admin, new WhatIfInput(Strict));
        await district.Host.Thresholds.ReviseAsync(admin, new ReviseThresholdsInput(Strict, "Uji: semua stok di atas seperempat bulan berlebih"));
        var again = await district.Host.Thresholds.WhatIfAsync(admin, new WhatIfInput(Strict));

        Assert.Contains(preview.Flags, f => f is { Rule: ExcessStock.Id, Change: WhatIfFlag.Appears });
        Assert.Equal(district.Host.DefaultThresholds.Version, preview.CurrentVersion);
        Assert.Equal(("rev-1", 0, 0), (again.CurrentVersion, again.TotalFlags, again.Changed.Count));
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ThresholdWhatIfVersioningTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ThresholdWhatIfVersioningTests(server.DatabaseFor(typeof(OnPostgres)));
}
