using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Cycle.Seeding;

/// <summary>What one month's cycle did.</summary>
public sealed record MonthSummary(
    string Period,
    int LplposStarted,
    int LplposSubmitted,
    int LplposReturned,
    int LplposApprovedInBatch,
    int LplposClosed,
    int LinesAdjusted,
    int SubUnitRequests,
    int EmergencyRequests,
    long UnitsIssuedByIfk,
    long UnitsAccepted,
    long UnitsRejected,
    IReadOnlyDictionary<string, int> FlagsByRule,
    IReadOnlyList<double> SubmitMilliseconds);

/// <summary>How the driver plays the month.</summary>
public sealed record MonthOptions
{
    /// <summary>Share of review lines the IFK adjusts (beyond the proportional cuts when stock is short).</summary>
    public double AdjustShare { get; init; } = 0.10;

    /// <summary>Sub-unit requests to their puskesmas (each sub-unit of the district), and one emergency request.</summary>
    public bool SubUnitsAndEmergency { get; init; } = true;

    /// <summary>Return one LPLPO for revision before approving it.</summary>
    public bool ReturnOne { get; init; } = true;

    public int Seed { get; init; } = 7;
}

/// <summary>
/// Plays one monthly cycle of a seeded district through the application commands, as the people would: the IFK
/// starts the month; each pharmacist fills in the use, acknowledges the warnings the check shows and submits; the IFK
/// approves clean LPLPOs in one batch, reviews the rest (proportional cuts where stock is short, some lines adjusted
/// with a reason, one LPLPO returned and resubmitted), ships, and each puskesmas confirms receipt. Sub-units request
/// from their puskesmas and one puskesmas sends an emergency request. The clock moves through the month's days.
/// </summary>
public static class MonthDriver
{
    private const string AckReason = "Checked against the stock card; reason noted at the review meeting.";

    public static async Task<MonthSummary> RunAsync(CycleHost host, SettableClock clock, SeededDistrict district, Period period, MonthOptions? options = null)
    {
        options ??= new MonthOptions();
        var random = new Random(options.Seed);
        var ifk = new Actor(district.IfkOfficer, CycleRoles.IfkOfficer, district.IfkId);
        var pharmacists = district.Puskesmas.ToDictionary(p => p.Id, p => new Actor(p.Pharmacist, CycleRoles.Pharmacist, p.Id));
        var day = period.AddMonths(1).FirstDay;
        void At(int dayOfMonth, int hour) => clock.Now = new DateTimeOffset(day.Year, day.Month, dayOfMonth, hour, random.Next(60), 0, host.UtcOffset);

        At(1, 8);
        var month = await host.Lplpo.StartMonthAsync(ifk, new StartMonthInput(period.ToString()));
        var submitTimes = new List<double>();
        var returned = 0;
        var adjusted = 0;

        // Pharmacists: fill in the month's use and submit by the due day.
        At(4, 9);
        foreach (var lplpo in month.Lplpos)
        {
            var pharmacist = pharmacists[lplpo.FacilityId];
            var view = await host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId);
            var lines = view.Lines.Select(l => UseOf(l, random)).ToList();
            await host.Lplpo.SaveDraftAsync(pharmacist, lplpo.LplpoId, new SaveDraftInput(lines));
            await SubmitAsync(host, pharmacist, lplpo.LplpoId, submitTimes);
        }

        // The IFK: batch-approve the clean ones, review the others.
        At(6, 10);
        var batch = await host.Lplpo.ApproveManyAsync(ifk, new ApproveManyInput(month.Lplpos.Select(l => l.LplpoId).ToList()), $"approve-many-{period}");
        var suggestions = (await host.Lplpo.SuggestAllocationAsync(ifk)).ToDictionary(s => s.DrugCode);
        var toReview = month.Lplpos.Where(l => !batch.Approved.Contains(l.LplpoId)).ToList();
        foreach (var lplpo in toReview)
        {
            var view = await host.Queries.LplpoAsync(ifk, lplpo.LplpoId);
            if (options.ReturnOne && returned == 0)
            {
                await host.Lplpo.ReviewAsync(ifk, lplpo.LplpoId, new ReviewInput(ReviewInput.Return, "Pemakaian parasetamol tidak sesuai kartu stok; mohon dicek ulang."));
                returned++;
                var pharmacist = pharmacists[lplpo.FacilityId];
                await SubmitAsync(host, pharmacist, lplpo.LplpoId, submitTimes);
                view = await host.Queries.LplpoAsync(ifk, lplpo.LplpoId);
            }
            var decisions = new List<ReviewLine>();
            foreach (var line in view.Lines)
            {
                var share = suggestions.GetValueOrDefault(line.DrugCode)?.Shares.FirstOrDefault(s => s.LplpoId == lplpo.LplpoId);
                if (share is not null && share.Suggested != line.Requested)
                {
                    decisions.Add(new ReviewLine(line.DrugCode, share.Suggested, ReasonCategory: AdjustmentReason.SupplierStockShort,
                        Note: "IFK stock short: proportional share"));
                    adjusted++;
                }
                else if (line.Requested > 10 && random.NextDouble() < options.AdjustShare)
                {
                    decisions.Add(new ReviewLine(line.DrugCode, line.Requested * (7 + random.Next(3)) / 10, ReasonCategory: AdjustmentReason.AbovePlan,
                        Note: "Above the RKO's monthly share"));
                    adjusted++;
                }
            }
            var preview = await host.Lplpo.CheckAsync(ifk, lplpo.LplpoId);
            var acks = preview.Where(f => f.Severity == Severity.Warning).Select(f => f.Rule).Distinct()
                .Select(rule => new Acknowledgement(rule, null, null, AckReason)).ToList();
            await WithAcknowledgementsAsync(extra => host.Lplpo.ReviewAsync(ifk, lplpo.LplpoId,
                new ReviewInput(ReviewInput.Approve, Lines: decisions, Acknowledgements: [.. acks, .. extra]), $"review-{lplpo.LplpoId}-{extra.Count}"));
        }

        // Ship everything approved.
        At(8, 9);
        foreach (var lplpo in month.Lplpos)
            await WithAcknowledgementsAsync(acks => host.Lplpo.ShipAsync(ifk, lplpo.LplpoId, new ShipInput(acks), $"ship-{lplpo.LplpoId}-{acks.Count}"));

        // Puskesmas confirm receipt of what the SBBK lists; now and then a damaged unit is rejected.
        At(10, 11);
        long issued = 0, accepted = 0, rejected = 0;
        foreach (var lplpo in month.Lplpos)
        {
            var pharmacist = pharmacists[lplpo.FacilityId];
            var view = await host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId);
            issued += view.Shipped.Sum(s => s.Quantity);
            var lines = view.Shipped.Select(s => random.NextDouble() < 0.01 && s.Quantity > 1
                ? new ReceiptLineInput(s.Id, s.Quantity - 1, 1, "Kemasan rusak saat diterima")
                : new ReceiptLineInput(s.Id, s.Quantity)).ToList();
            // Whoever rejects a damaged unit knows the receipt will differ from the SBBK, and says why as they confirm.
            IReadOnlyList<Acknowledgement> known = lines.Any(l => l.Rejected > 0)
                ? [new Acknowledgement(Rules.RuleSets.Distribution.ReceiptMismatch.Id, null, null, "Kemasan rusak; dicatat di berita acara penerimaan.")]
                : [];
            await WithAcknowledgementsAsync(acks => host.Lplpo.ReceiveAsync(pharmacist, lplpo.LplpoId,
                new ReceiveInput(lines, Acknowledgements: [.. known, .. acks]), $"receive-{lplpo.LplpoId}-{acks.Count}"));
            accepted += lines.Sum(l => l.Accepted);
            rejected += lines.Sum(l => l.Rejected);
        }

        var subUnitRequests = 0;
        var emergencies = 0;
        if (options.SubUnitsAndEmergency)
        {
            At(12, 9);
            foreach (var pkm in district.Puskesmas)
            {
                var pharmacist = pharmacists[pkm.Id];
                var stock = (await host.Queries.StockAsync(pharmacist, pkm.Id)).GroupBy(s => s.DrugCode).Select(g => (g.Key, g.Sum(s => s.Quantity)))
                    .Where(s => s.Item2 > 50).Take(5).ToList();
                foreach (var (subId, subUser) in pkm.SubUnits)
                {
                    var sub = new Actor(subUser, CycleRoles.SubUnit, subId);
                    var request = await host.Lplpo.StartAsync(sub, new StartLplpoInput(subId, period.ToString()));
                    var lines = stock.Select(s => new DraftLine(s.Key, Requested: Math.Max(1, s.Item2 / 20))).ToList();
                    await host.Lplpo.SaveDraftAsync(sub, request.LplpoId, new SaveDraftInput(lines));
                    await ThroughShippingAsync(host, sub, pharmacist, request.LplpoId);
                    await host.Lplpo.ReceiveAsync(sub, request.LplpoId, new ReceiveInput());
                    subUnitRequests++;
                }
            }

            At(15, 14);
            var first = district.Puskesmas[0];
            var emergencyActor = pharmacists[first.Id];
            var outbreak = (await host.Queries.StockAsync(ifk, district.IfkId)).GroupBy(s => s.DrugCode).First(g => g.Sum(s => s.Quantity) > 100);
            var emergency = await host.Lplpo.StartEmergencyAsync(emergencyActor, new StartEmergencyInput(
                "Kejadian luar biasa diare di Desa Sukamaju; stok oralit tidak cukup sampai LPLPO berikutnya.",
                [new DraftLine(outbreak.Key, Requested: Math.Min(100, outbreak.Sum(s => s.Quantity) / 4))]));
            await ThroughShippingAsync(host, emergencyActor, ifk, emergency.LplpoId);
            await host.Lplpo.ReceiveAsync(emergencyActor, emergency.LplpoId, new ReceiveInput());
            emergencies++;
        }

        var summaries = await host.Queries.LplposAsync(ifk, period.ToString());
        var flags = await host.Queries.FlagCountsAsync(ifk, month.Lplpos.Select(l => l.LplpoId).ToList());
        return new MonthSummary(period.ToString(), month.Lplpos.Count, month.Lplpos.Count, returned, batch.Approved.Count,
            summaries.Count(s => s.Status == "closed" && s.Kind == "regular" && month.Lplpos.Any(l => l.LplpoId == s.Id)),
            adjusted, subUnitRequests, emergencies, issued, accepted, rejected,
            flags.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(), submitTimes);
    }

    private static DraftLine UseOf(LplpoLineView line, Random random)
    {
        var available = line.Opening + line.Received - line.Lost;
        var typical = line.Optimum is > 0 ? line.Optimum.Value / 2 : available / 2;
        var used = Math.Min(available, (long)Math.Round(typical * (0.8 + random.NextDouble() * 0.4)));
        var stockout = used == available && available > 0 && typical > available ? 1 + random.Next(5) : 0;
        return new DraftLine(line.DrugCode, Used: used, StockoutDays: stockout);
    }

    private static async Task SubmitAsync(CycleHost host, Actor pharmacist, long lplpoId, List<double> times)
    {
        var preview = await host.Lplpo.CheckAsync(pharmacist, lplpoId);
        var acks = preview.Where(f => f.Severity == Severity.Warning).Select(f => f.Rule).Distinct()
            .Select(rule => new Acknowledgement(rule, null, null, AckReason)).ToList();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await host.Lplpo.SubmitAsync(pharmacist, lplpoId, new SubmitInput(acks), $"submit-{lplpoId}-{Guid.NewGuid():N}");
        times.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>Submit by the requester, approval as requested and shipping by the supplier, acknowledging what the rules ask for.</summary>
    private static async Task ThroughShippingAsync(CycleHost host, Actor requester, Actor supplier, long lplpoId)
    {
        await WithAcknowledgementsAsync(acks => host.Lplpo.SubmitAsync(requester, lplpoId, new SubmitInput(acks)));
        await WithAcknowledgementsAsync(acks => host.Lplpo.ReviewAsync(supplier, lplpoId, new ReviewInput(ReviewInput.Approve, Acknowledgements: acks)));
        await WithAcknowledgementsAsync(acks => host.Lplpo.ShipAsync(supplier, lplpoId, new ShipInput(acks)));
    }

    /// <summary>
    /// Acts; when the rules gate refuses for warnings only, acts again acknowledging each rule it named, as a person
    /// would after reading them. Errors are not acknowledged: the refusal stands.
    /// </summary>
    private static async Task<T> WithAcknowledgementsAsync<T>(Func<IReadOnlyList<Acknowledgement>, Task<T>> action)
    {
        try
        {
            return await action([]);
        }
        catch (CommandRejectedException rejection) when (rejection.Flags.Count > 0)
        {
            return await action(AcksFor(rejection));
        }
    }

    private static IReadOnlyList<Acknowledgement> AcksFor(CommandRejectedException rejection)
    {
        var errors = rejection.Flags.Where(f => f.Severity == Severity.Error).ToList();
        if (errors.Count > 0 || rejection.Flags.Count == 0) throw rejection;
        return rejection.Flags.Where(f => f.Blocks).Select(f => f.Rule).Distinct().Select(rule => new Acknowledgement(rule, null, null, AckReason)).ToList();
    }
}
