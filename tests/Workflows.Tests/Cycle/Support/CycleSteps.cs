using Requisition.Rules.Engine.Model;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Tests.Cycle.Support;

/// <summary>
/// Shortcuts through a <see cref="CycleDistrict"/>'s month, each as the person would do it through the commands:
/// start the month, fill in and submit one LPLPO (acknowledging what the check shows), approve as requested, ship,
/// receive in full. Every step takes the host to act on (a second host process when a test restarts one), the
/// district's first host by default.
/// </summary>
internal sealed class CycleSteps(CycleDistrict district)
{
    public const string AckReason = "Dicek dengan kartu stok; dibahas di rapat evaluasi bulanan.";

    public CycleDistrict District => district;

    /// <summary>The pharmacist of the puskesmas <paramref name="facilityId"/>.</summary>
    public Actor PharmacistOf(string facilityId) =>
        district.Pharmacist(district.Seeded.Puskesmas.Select(p => p.Id).ToList().IndexOf(facilityId));

    /// <summary>The IFK starts the month on 1 November, 08:00 WIB.</summary>
    public async Task<StartMonthResult> StartMonthAsync(CycleHost? host = null)
    {
        district.SetDay(1, 8);
        return await (host ?? district.Host).Lplpo.StartMonthAsync(district.Ifk, new StartMonthInput(CycleDistrict.Month.ToString()));
    }

    /// <summary>Every line's use: half of what was in stock and received, so the closing stock adds up and stays above zero.</summary>
    public static IReadOnlyList<DraftLine> HalfUsed(LplpoView view) =>
        view.Lines.Select(l => new DraftLine(l.DrugCode, Used: (l.Opening + l.Received - l.Lost) / 2)).ToList();

    /// <summary>Saves the draft with <paramref name="lines"/> (or <see cref="HalfUsed"/>) as the LPLPO's pharmacist.</summary>
    public async Task<LplpoView> FillAsync(LplpoRef lplpo, IReadOnlyList<DraftLine>? lines = null, CycleHost? host = null)
    {
        host ??= district.Host;
        var pharmacist = PharmacistOf(lplpo.FacilityId);
        lines ??= HalfUsed(await host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId));
        await host.Lplpo.SaveDraftAsync(pharmacist, lplpo.LplpoId, new SaveDraftInput(lines));
        return await host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId);
    }

    /// <summary>One acknowledgement (with <see cref="AckReason"/>) for each rule the check shows a warning of.</summary>
    public async Task<IReadOnlyList<Acknowledgement>> AcknowledgementsAsync(Actor actor, long lplpoId, CycleHost? host = null) =>
        Acknowledge((await (host ?? district.Host).Lplpo.CheckAsync(actor, lplpoId)).Where(f => f.Severity == Severity.Warning));

    public static IReadOnlyList<Acknowledgement> Acknowledge(IEnumerable<FlagView> flags) =>
        flags.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal).Select(rule => new Acknowledgement(rule, null, null, AckReason)).ToList();

    /// <summary>The pharmacist submits, acknowledging the warnings the check showed before.</summary>
    public async Task<LplpoActionResult> SubmitAsync(LplpoRef lplpo, CycleHost? host = null, string? idempotencyKey = null)
    {
        host ??= district.Host;
        var pharmacist = PharmacistOf(lplpo.FacilityId);
        var acknowledgements = await AcknowledgementsAsync(pharmacist, lplpo.LplpoId, host);
        return await host.Lplpo.SubmitAsync(pharmacist, lplpo.LplpoId, new SubmitInput(acknowledgements), idempotencyKey);
    }

    /// <summary>Fills in half the stock as used and submits.</summary>
    public async Task<LplpoActionResult> FillAndSubmitAsync(LplpoRef lplpo, CycleHost? host = null)
    {
        await FillAsync(lplpo, host: host);
        return await SubmitAsync(lplpo, host);
    }

    /// <summary>The IFK approves every line as requested, acknowledging the warnings the review check shows.</summary>
    public async Task<LplpoActionResult> ApproveAsync(long lplpoId, CycleHost? host = null, string? idempotencyKey = null)
    {
        host ??= district.Host;
        var acknowledgements = await AcknowledgementsAsync(district.Ifk, lplpoId, host);
        return await host.Lplpo.ReviewAsync(district.Ifk, lplpoId, new ReviewInput(ReviewInput.Approve, Acknowledgements: acknowledgements), idempotencyKey);
    }

    /// <summary>The IFK ships; picking warnings (near expiry) are acknowledged when the first try shows them.</summary>
    public async Task<LplpoActionResult> ShipAsync(long lplpoId, CycleHost? host = null, string? idempotencyKey = null)
    {
        host ??= district.Host;
        try
        {
            return await host.Lplpo.ShipAsync(district.Ifk, lplpoId, new ShipInput(), idempotencyKey);
        }
        catch (CommandRejectedException refused) when (refused.Flags.Count > 0 && refused.Flags.All(f => f.Severity != Severity.Error))
        {
            return await host.Lplpo.ShipAsync(district.Ifk, lplpoId, new ShipInput(Acknowledge(refused.Flags.Where(f => f.Blocks))), idempotencyKey);
        }
    }

    /// <summary>The puskesmas accepts every SBBK line in full.</summary>
    public async Task<LplpoActionResult> ReceiveInFullAsync(LplpoRef lplpo, CycleHost? host = null, string? idempotencyKey = null) =>
        await (host ?? district.Host).Lplpo.ReceiveAsync(PharmacistOf(lplpo.FacilityId), lplpo.LplpoId, new ReceiveInput(), idempotencyKey);
}
