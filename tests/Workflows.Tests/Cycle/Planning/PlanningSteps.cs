using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Cycle.Support;

namespace Requisition.Workflows.Tests.Cycle.Planning;

/// <summary>
/// Shortcuts through the annual planning of a <see cref="CycleDistrict"/> (clock in November 2026, planning 2027), each
/// as the people would do it through the commands: the head and staff of a puskesmas, an extra drug in the catalog,
/// a formulary or RKO taken to established, and the rows a refused command must not have written.
/// </summary>
internal sealed class PlanningSteps(CycleDistrict district)
{
    public const int Year = 2027;
    public const string AckReason = "Dibahas di rapat tim farmasi; tetap dibutuhkan sesuai pola penyakit.";

    public CycleDistrict District => district;

    public CycleHost Host => district.Host;

    public string Puskesmas(int index) => district.Seeded.Puskesmas[index].Id;

    public Actor Pharmacist(int index) => district.Pharmacist(index);

    public Actor Head(int index) => new(district.Seeded.Puskesmas[index].Head, CycleRoles.Head, Puskesmas(index));

    public Actor Staff(int index) => new(district.Seeded.Puskesmas[index].Staff, CycleRoles.Staff, Puskesmas(index));

    /// <summary>Adds a drug to the catalog (none of the seeded items lacks history or is branded).</summary>
    public async Task AddDrugAsync(string code, string name, string form, string strength, string unit, bool generic)
    {
        await using var db = district.Database.CreateDbContext();
        db.Drugs.Add(new Drug { Code = new DrugCode(code), Name = name, Form = form, Strength = strength, Unit = unit, Generic = generic });
        await db.SaveChangesAsync();
    }

    /// <summary>One acknowledgement (with <see cref="AckReason"/>) for each rule of the warnings, but those of <paramref name="except"/>.</summary>
    public static IReadOnlyList<Acknowledgement> Acknowledge(IEnumerable<FlagView> flags, params string[] except) =>
        flags.Where(f => f.Severity == Severity.Warning && !except.Contains(f.Rule)).Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal)
            .Select(rule => new Acknowledgement(rule, null, null, AckReason)).ToList();

    /// <summary>The pharmacist submits the formulary, acknowledging the warnings the check shows.</summary>
    public async Task<PlanActionResult> SubmitFormularyAsync(int index, long formularyId)
    {
        var pharmacist = Pharmacist(index);
        var acknowledgements = Acknowledge(await Host.Formulary.CheckAsync(pharmacist, formularyId));
        return await Host.Formulary.SubmitAsync(pharmacist, formularyId, new SubmitInput(acknowledgements));
    }

    /// <summary>The puskesmas's formulary for <see cref="Year"/> (last year's items plus <paramref name="extra"/>), submitted and established.</summary>
    public async Task<PlanRef> EstablishedFormularyAsync(int index, params FormularyItemInput[] extra)
    {
        var formulary = await Host.Formulary.StartAsync(Pharmacist(index), new StartPlanInput(Year));
        if (extra.Length > 0) await Host.Formulary.ProposeItemsAsync(Pharmacist(index), formulary.DocumentId, new ProposeItemsInput(extra));
        await SubmitFormularyAsync(index, formulary.DocumentId);
        await Host.Formulary.EstablishAsync(Head(index), formulary.DocumentId, new EstablishInput(EstablishInput.Establish));
        return formulary;
    }

    /// <summary>The pharmacist submits the RKO, acknowledging the warnings the check shows.</summary>
    public async Task<PlanActionResult> SubmitRkoAsync(int index, long rkoId)
    {
        var pharmacist = Pharmacist(index);
        var acknowledgements = Acknowledge(await Host.Rko.CheckAsync(pharmacist, rkoId));
        return await Host.Rko.SubmitAsync(pharmacist, rkoId, new SubmitInput(acknowledgements));
    }

    /// <summary>The puskesmas's RKO for <see cref="Year"/>, computed from its history, submitted and established.</summary>
    public async Task<PlanRef> EstablishedRkoAsync(int index)
    {
        var rko = await Host.Rko.StartAsync(Pharmacist(index), new StartPlanInput(Year));
        await SubmitRkoAsync(index, rko.DocumentId);
        await Host.Rko.EstablishAsync(Head(index), rko.DocumentId, new EstablishInput(EstablishInput.Establish));
        return rko;
    }

    /// <summary>The journal lines of people's actions on an instance, oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ActionsAsync(Guid instanceId)
    {
        await using var db = district.Database.CreateDbContext();
        return await db.Journal.AsNoTracking().Where(e => e.InstanceId == instanceId && e.Kind == JournalKinds.HumanAction)
            .OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<IReadOnlyList<FlagRecord>> FlagsAsync(Guid instanceId)
    {
        await using var db = district.Database.CreateDbContext();
        return await db.Flags.AsNoTracking().Where(f => f.WorkflowInstanceId == instanceId).OrderBy(f => f.Id).ToListAsync();
    }

    /// <summary>
    /// Row counts of what a planning command writes (documents, lines, instances and their revisions, journal, flags,
    /// tasks): equal before and after a refused command when nothing of it was written.
    /// </summary>
    public async Task<string> RowsAsync()
    {
        await using var db = district.Database.CreateDbContext();
        var revisions = await db.WorkflowInstances.AsNoTracking().SumAsync(i => i.Revision);
        return string.Join(" ",
            $"formularies={await db.Formularies.CountAsync()}", $"formularyItems={await db.FormularyItems.CountAsync()}",
            $"rkos={await db.Rkos.CountAsync()}", $"rkoItems={await db.RkoItems.CountAsync()}",
            $"needs={await db.RkoItems.SumAsync(i => i.PlannedNeed)}",
            $"instances={await db.WorkflowInstances.CountAsync()}", $"revisions={revisions}",
            $"journal={await db.Journal.CountAsync()}", $"flags={await db.Flags.CountAsync()}", $"bookmarks={await db.Bookmarks.CountAsync()}");
    }
}
