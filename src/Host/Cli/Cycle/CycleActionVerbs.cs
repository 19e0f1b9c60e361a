using System.CommandLine;
using Requisition.Host.Cli.Verbs;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Cli.Cycle;

/// <summary>
/// The <c>cycle</c> sub-verbs that act: start a month or one LPLPO, submit, review, approve many, ship, receive. Each
/// calls one application command; <c>--key</c> makes a retry of a committed action answer with its first result.
/// </summary>
public static class CycleActionVerbs
{
    public static IEnumerable<Command> Create(TextWriter output, TextWriter error)
    {
        var monthPeriod = Period();
        yield return CycleVerb.Create("start-month", "The IFK officer starts a month: one LPLPO for each active puskesmas it supplies.", output, error,
            [monthPeriod],
            async (session, parse, writer) =>
            {
                var period = Options.ParsePeriod(parse.GetValue(monthPeriod), "--period")!.Value.ToString();
                CycleOutput.Started(writer, await session.Host.Lplpo.StartMonthAsync(session.Actor, new StartMonthInput(period)));
            });

        var facility = new Option<string>("--facility") { HelpName = "FACILITY", Description = "The facility whose LPLPO starts (a sub-unit, or a puskesmas outside a district month).", Required = true };
        var startPeriod = Period();
        yield return CycleVerb.Create("start", "Start one facility's monthly LPLPO: a sub-unit's to its puskesmas, or a puskesmas's own.", output, error,
            [facility, startPeriod],
            async (session, parse, writer) =>
            {
                var period = Options.ParsePeriod(parse.GetValue(startPeriod), "--period")!.Value.ToString();
                CycleOutput.Started(writer, await session.Host.Lplpo.StartAsync(session.Actor, new StartLplpoInput(parse.GetValue(facility)!, period)));
            });

        var submitId = CycleReadVerbs.LplpoId();
        var submitAcks = Acks();
        var submitKey = Key();
        yield return CycleVerb.Create("submit", "Submit an LPLPO: the lplpo rules run; acknowledge their warnings with --ack.", output, error,
            [submitId, submitAcks, submitKey],
            async (session, parse, writer) => CycleOutput.Action(writer, "submitted", await session.Host.Lplpo.SubmitAsync(session.Actor, parse.GetValue(submitId),
                new SubmitInput(CycleArguments.Acknowledgements(parse.GetValue(submitAcks))), parse.GetValue(submitKey))));

        var reviewId = CycleReadVerbs.LplpoId();
        var approve = new Option<bool>("--approve") { Description = "Approve, every line as requested unless given with --line." };
        var giveBack = new Option<bool>("--return") { Description = "Return the whole LPLPO for revision (needs --reason)." };
        var reason = new Option<string?>("--reason") { HelpName = "REASON", Description = "Why it is returned; on approval, the remark (keterangan) of every adjusted line." };
        var lines = new Option<string[]>("--line")
        {
            HelpName = "DRUGCODE=GIVEN[:REASONCATEGORY]",
            Description = $"An adjusted line, DRUGCODE=GIVEN[:REASONCATEGORY] with a category from {string.Join(", ", CycleArguments.ReasonCategories)}; repeat it.",
        };
        var reviewAcks = Acks();
        var reviewKey = Key();
        yield return CycleVerb.Create("review", "The reviewer approves an LPLPO (adjusting lines with a reason) or returns it for revision.", output, error,
            [reviewId, approve, giveBack, reason, lines, reviewAcks, reviewKey],
            async (session, parse, writer) =>
            {
                var input = ReviewInputOf(parse.GetValue(approve), parse.GetValue(giveBack), parse.GetValue(reason), parse.GetValue(lines),
                    CycleArguments.Acknowledgements(parse.GetValue(reviewAcks)));
                var result = await session.Host.Lplpo.ReviewAsync(session.Actor, parse.GetValue(reviewId), input, parse.GetValue(reviewKey));
                CycleOutput.Action(writer, input.Decision == ReviewInput.Return ? "returned" : "approved", result);
            });

        var ids = new Argument<long[]>("LPLPO_IDS") { Description = "The LPLPOs to approve as requested.", Arity = ArgumentArity.OneOrMore };
        var manyKey = Key();
        yield return CycleVerb.Create("approve-many", "Approve the clean LPLPOs among those named, as requested; the others are listed with why they need a review.", output, error,
            [ids, manyKey],
            async (session, parse, writer) => CycleOutput.ApproveMany(writer,
                await session.Host.Lplpo.ApproveManyAsync(session.Actor, new ApproveManyInput(parse.GetValue(ids)!), parse.GetValue(manyKey))));

        var shipId = CycleReadVerbs.LplpoId();
        var shipAcks = Acks();
        var shipKey = Key();
        yield return CycleVerb.Create("ship", "Ship what was given: batches picked FEFO, an SBBK written; acknowledge distribution warnings with --ack.", output, error,
            [shipId, shipAcks, shipKey],
            async (session, parse, writer) => CycleOutput.Action(writer, "shipped", await session.Host.Lplpo.ShipAsync(session.Actor, parse.GetValue(shipId),
                new ShipInput(CycleArguments.Acknowledgements(parse.GetValue(shipAcks))), parse.GetValue(shipKey))));

        var receiveId = CycleReadVerbs.LplpoId();
        var rejects = new Option<string[]>("--reject")
        {
            HelpName = "SBBKLINE=QUANTITY:REASON",
            Description = "Units of an SBBK line not accepted, SBBKLINE=QUANTITY:REASON (line ids as `cycle show` lists them); repeat it. Other lines are accepted in full.",
        };
        var note = new Option<string?>("--note") { HelpName = "TEXT", Description = "A remark on the receipt." };
        var receiveAcks = Acks();
        var receiveKey = Key();
        yield return CycleVerb.Create("receive", "Confirm receipt of the SBBK, line by line; rejected units need a reason.", output, error,
            [receiveId, rejects, note, receiveAcks, receiveKey],
            async (session, parse, writer) =>
            {
                var id = parse.GetValue(receiveId);
                var rejections = (parse.GetValue(rejects) ?? []).Select(CycleArguments.Rejection).ToList();
                var receipt = new List<ReceiptLineInput>();
                if (rejections.Count > 0)
                {
                    var shipped = (await session.Host.Queries.LplpoAsync(session.Actor, id)).Shipped.ToDictionary(s => s.Id, s => s.Quantity);
                    // An unknown line or too many units is the command's to refuse, at the line's field path.
                    receipt.AddRange(rejections.Select(r => new ReceiptLineInput(r.LineId, shipped.GetValueOrDefault(r.LineId) - r.Rejected, r.Rejected, r.Reason)));
                }
                var input = new ReceiveInput(receipt, parse.GetValue(note), CycleArguments.Acknowledgements(parse.GetValue(receiveAcks)));
                CycleOutput.Action(writer, "received", await session.Host.Lplpo.ReceiveAsync(session.Actor, id, input, parse.GetValue(receiveKey)));
            });
    }

    private static ReviewInput ReviewInputOf(bool approve, bool giveBack, string? reason, string[]? lines, IReadOnlyList<Acknowledgement> acks)
    {
        if (approve == giveBack) throw new UsageException("review: give either --approve or --return.");
        if (giveBack)
        {
            if (lines is { Length: > 0 }) throw new UsageException("--line: lines are adjusted on approval, not when returning an LPLPO.");
            return new ReviewInput(ReviewInput.Return, reason, Acknowledgements: acks);
        }
        return new ReviewInput(ReviewInput.Approve, Lines: (lines ?? []).Select(l => CycleArguments.ReviewLine(l, reason)).ToList(), Acknowledgements: acks);
    }

    private static Option<string> Period() => new("--period") { HelpName = "YYYY-MM", Description = "The month the LPLPOs report, YYYY-MM.", Required = true };

    private static Option<string[]> Acks() => new("--ack")
    {
        HelpName = "RULE[:DRUGCODE]=REASON",
        Description = "Acknowledge warnings: RULE=REASON (every warning of the rule), RULE:DRUGCODE=REASON (one item); repeat it.",
    };

    private static Option<string?> Key() => new("--key") { HelpName = "KEY", Description = "An idempotency key: a retry with the same key returns the first result and changes nothing." };
}
