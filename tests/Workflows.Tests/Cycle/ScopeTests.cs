using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// Role and facility scope are checked by the commands themselves: a pharmacist acts for their own puskesmas only,
/// only the IFK reviews, a user acts only in a role they hold, an unknown user is refused; a refused action writes nothing.
/// </summary>
public abstract class ScopeTests(TestDatabase database)
{
    [Fact]
    public async Task Submit_ByAnotherPuskesmassPharmacist_IsDeniedAndWritesNothing()
    {
        var (district, steps, lplpo) = await FilledAsync();
        var other = district.Pharmacist(1);
        var acknowledgements = await steps.AcknowledgementsAsync(district.Pharmacist(0), lplpo.LplpoId);
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            district.Host.Lplpo.SubmitAsync(other, lplpo.LplpoId, new SubmitInput(acknowledgements), "submit-by-the-wrong-puskesmas"));

        Assert.Contains($"acts for {other.FacilityId}, not for {lplpo.FacilityId}", denied.Message, StringComparison.Ordinal);
        Assert.Equal(before, await probe.RowsAsync());
        Assert.Equal(LplpoStatus.Draft, (await probe.LplpoAsync(lplpo.LplpoId)).Status);
    }

    [Fact]
    public async Task SaveDraft_ByAnotherPuskesmassPharmacist_IsDeniedAndTheLinesStayAsTheyWere()
    {
        var (district, _, lplpo) = await FilledAsync();
        var line = (await district.Host.Queries.LplpoAsync(district.Pharmacist(0), lplpo.LplpoId)).Lines[0];
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => district.Host.Lplpo.SaveDraftAsync(
            district.Pharmacist(1), lplpo.LplpoId, new SaveDraftInput([new DraftLine(line.DrugCode, Used: 0, Requested: 99_999)])));

        Assert.Equal(before, await probe.RowsAsync());
    }

    [Fact]
    public async Task Review_ByAPharmacist_IsDeniedAndWritesNothing()
    {
        var (district, steps, lplpo) = await FilledAsync();
        await steps.SubmitAsync(lplpo);
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            district.Host.Lplpo.ReviewAsync(district.Pharmacist(0), lplpo.LplpoId, new ReviewInput(ReviewInput.Approve)));

        Assert.Contains($"needs the role {CycleRoles.IfkOfficer}", denied.Message, StringComparison.Ordinal);
        Assert.Equal(before, await probe.RowsAsync());
        Assert.Equal(LplpoStatus.Submitted, (await probe.LplpoAsync(lplpo.LplpoId)).Status);
    }

    [Fact]
    public async Task Review_ByAPharmacistClaimingTheIfkOfficersRole_IsDeniedAndWritesNothing()
    {
        var (district, steps, lplpo) = await FilledAsync();
        await steps.SubmitAsync(lplpo);
        var impostor = new Actor(district.Pharmacist(0).UserId, CycleRoles.IfkOfficer, district.Seeded.IfkId);
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            district.Host.Lplpo.ReviewAsync(impostor, lplpo.LplpoId, new ReviewInput(ReviewInput.Approve)));

        Assert.Contains("does not hold the role", denied.Message, StringComparison.Ordinal);
        Assert.Equal(before, await probe.RowsAsync());
    }

    [Fact]
    public async Task Submit_ByAnUnknownUser_IsDeniedAndWritesNothing()
    {
        var (district, _, lplpo) = await FilledAsync();
        var stranger = new Actor("tamu", CycleRoles.Pharmacist, lplpo.FacilityId);
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            district.Host.Lplpo.SubmitAsync(stranger, lplpo.LplpoId, new SubmitInput()));

        Assert.StartsWith("tamu does not hold", denied.Message, StringComparison.Ordinal);
        Assert.Equal(before, await probe.RowsAsync());
    }

    [Fact]
    public async Task ReadLplpo_OfAnotherPuskesmas_IsNotFound()
    {
        var (district, _, lplpo) = await FilledAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => district.Host.Queries.LplpoAsync(district.Pharmacist(1), lplpo.LplpoId));
        await Assert.ThrowsAsync<NotFoundException>(() => district.Host.Lplpo.CheckAsync(district.Pharmacist(1), lplpo.LplpoId));
        Assert.Equal(lplpo.LplpoId, (await district.Host.Queries.LplpoAsync(district.Ifk, lplpo.LplpoId)).Id);
    }

    /// <summary>Two puskesmas; the first one's draft filled in on 4 November.</summary>
    private async Task<(CycleDistrict District, CycleSteps Steps, LplpoRef Lplpo)> FilledAsync()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        district.SetDay(4);
        await steps.FillAsync(month.Lplpos[0]);
        return (district, steps, month.Lplpos[0]);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ScopeTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ScopeTests(server.DatabaseFor(typeof(OnPostgres)));
}
