using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Tests.Persistence.Support;
using static Requisition.Workflows.Tests.Cycle.Indicators.IndicatorWorld;

namespace Requisition.Workflows.Tests.Cycle.Indicators;

/// <summary>
/// Whose data a dashboard counts and who may see it: the district adds up its puskesmas, one puskesmas counts only its
/// own; a puskesmas's pharmacist sees their own only, the IFK officer their IFK's puskesmas, the administrator any.
/// </summary>
public sealed class IndicatorScopeTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly IndicatorQuery Year2025 = new(null, new Period(2025, 1), new Period(2025, 12));

    [Fact]
    public async Task Dashboard_District_CountsEveryPuskesmasAndOnePuskesmasOnlyItsOwn()
    {
        var world = await TwoPuskesmasAsync();

        var district = await world.Indicators.DashboardAsync(world.Ifk, Year2025);
        var a = await world.Indicators.DashboardAsync(world.Ifk, Year2025 with { FacilityId = "PKM-A" });
        var b = await world.Indicators.DashboardAsync(world.Ifk, Year2025 with { FacilityId = "PKM-B" });

        // A: 73 stock-out days on its one item, B: none: (73 + 0) / (365 x 2) = 10 % for the district.
        Assert.Equal(20m, Value(a, "stockout_time"));
        Assert.Equal(0m, Value(b, "stockout_time"));
        Assert.Equal(10m, Value(district, "stockout_time"));
        Assert.Equal((IfkId, "IFK Indikator", true), (district.ScopeId, district.ScopeName, district.District));
        Assert.Equal(("PKM-A", "Puskesmas PKM-A", false), (a.ScopeId, a.ScopeName, a.District));
        Assert.Equal("default-2026.1", district.ThresholdVersion);
    }

    [Fact]
    public async Task Dashboard_PharmacistWithoutAFacility_SeesTheirOwnPuskesmas()
    {
        var world = await TwoPuskesmasAsync();

        var own = await world.Indicators.DashboardAsync(Pharmacist("PKM-B"), Year2025);

        Assert.Equal("PKM-B", own.ScopeId);
        Assert.Equal(0m, Value(own, "stockout_time"));
    }

    [Fact]
    public async Task Dashboard_PharmacistOfAnotherPuskesmas_IsDenied()
    {
        var world = await TwoPuskesmasAsync();

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            world.Indicators.DashboardAsync(Pharmacist("PKM-B"), Year2025 with { FacilityId = "PKM-A" }));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            world.Indicators.DrillDownAsync(Pharmacist("PKM-B"), Year2025 with { FacilityId = "PKM-A" }, "stockout_time"));

        Assert.Contains("not for PKM-A", denied.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_IfkOfficerAskingForAnotherIfksPuskesmas_IsDenied()
    {
        var world = await TwoPuskesmasAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => world.Indicators.DashboardAsync(world.Ifk, Year2025 with { FacilityId = "PKM-OTHER" }));
    }

    [Fact]
    public async Task Dashboard_UnknownPuskesmas_IsNotFound()
    {
        var world = await TwoPuskesmasAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => world.Indicators.DashboardAsync(world.Ifk, Year2025 with { FacilityId = "PKM-NOWHERE" }));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Indicators.DashboardAsync(Administrator, Year2025 with { FacilityId = "PKM-NOWHERE" }));
    }

    [Fact]
    public async Task Dashboard_AdministratorWithoutAFacility_CountsThePuskesmasOfEveryIfk()
    {
        var world = await TwoPuskesmasAsync();

        var all = await world.Indicators.DashboardAsync(Administrator, Year2025);
        var other = await world.Indicators.DashboardAsync(Administrator, Year2025 with { FacilityId = "IFK-OTHER" });

        Assert.Equal((IndicatorTargets.AllScopeId, true), (all.ScopeId, all.District));
        Assert.Equal(10m, Value(all, "stockout_time")); // PKM-OTHER has no history: still 2 items
        Assert.Equal(("IFK-OTHER", true), (other.ScopeId, other.District));
        Assert.DoesNotContain(other.Figures, f => f.Id == "stockout_time");
    }

    [Fact]
    public async Task Dashboard_RangeEndingBeforeItStarts_IsRefusedAtFrom()
    {
        var world = await TwoPuskesmasAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            world.Indicators.DashboardAsync(world.Ifk, new IndicatorQuery(null, new Period(2025, 6), new Period(2025, 1))));

        Assert.Equal("from", Assert.Single(refused.Errors).Field);
    }

    [Fact]
    public async Task Dashboard_RangeOverThirtySixMonths_IsRefusedAtTo()
    {
        var world = await TwoPuskesmasAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            world.Indicators.DashboardAsync(world.Ifk, new IndicatorQuery(null, new Period(2022, 1), new Period(2025, 1))));
        var longest = await world.Indicators.DashboardAsync(world.Ifk, new IndicatorQuery(null, new Period(2023, 1), new Period(2025, 12)));

        Assert.Equal("to", Assert.Single(refused.Errors).Field);
        Assert.Contains("37 months", refused.Message, StringComparison.Ordinal);
        Assert.Equal(36, longest.Trends[0].Points.Count);
    }

    [Fact]
    public async Task Dashboard_SubUnitRole_IsDenied()
    {
        var world = await TwoPuskesmasAsync();

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => world.Indicators.DashboardAsync(SubUnit("PKM-A"), Year2025));

        Assert.Contains($"acts as {CycleRoles.SubUnit}", denied.Message, StringComparison.Ordinal);
    }

    /// <summary>PKM-A: item A out of stock 73 days in 2025; PKM-B: item A never out.</summary>
    private async Task<IndicatorWorld> TwoPuskesmasAsync()
    {
        var world = await IndicatorWorld.CreateAsync(await database.FreshAsync(), ["PKM-A", "PKM-B"], ("A", "Obat A", 100m));
        await world.Year("PKM-A", 2025, ("A", 1200, 1000, 73)).Year("PKM-B", 2025, ("A", 600, 600, 0)).SaveAsync();
        return world;
    }

    private static decimal? Value(IndicatorDashboard dashboard, string id) => dashboard.Figures.Single(f => f.Id == id).Value;
}
