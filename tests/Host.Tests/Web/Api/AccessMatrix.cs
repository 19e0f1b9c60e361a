using Requisition.Host.Tests.Web.Api.Support;
using Requisition.Workflows.Cycle;
using static Requisition.Workflows.Cycle.CycleRoles;

namespace Requisition.Host.Tests.Web.Api;

/// <summary>
/// Every /api/v1 endpoint x every role x own puskesmas or the foreign one. A changing call is made with a body that passes
/// the input checks but is refused after the access check (an unknown drug code, a stale If-Match, a document already
/// started, an empty formulary): so a caller with access answers 400 or 409 and nothing is written, and a caller without
/// it answers 403 or 404. Roles not named in a row expect <see cref="Expect.Denied"/>.
/// </summary>
public static partial class AccessMatrix
{
    private const string V1 = "/api/v1";

    private static readonly string[] Puskesmas = [Staff, Pharmacist, Head];
    private static readonly string[] Readers = [Staff, Pharmacist, Head, IfkOfficer, Administrator];
    private static readonly string[] District = [IfkOfficer, Administrator];

    /// <summary>A stale revision: every If-Match probe names it, so a permitted change answers 409.</summary>
    private static string Stale(long id) => $"\"lplpo-{id}-r999999\"";

    private static readonly object UnknownDrugLines = new { lines = new[] { new { drugCode = "NO-SUCH-ITEM", plannedNeed = 1 } } };

    /// <summary>Every row: the cycle's and the administrator's here, the data-in-and-out ones in their own files.</summary>
    /// <remarks>Built on first use: static initialisers of a partial class's files run in no order one can rely on.</remarks>
    public static IReadOnlyList<AccessRow> Rows => LazyRows.Value;

    private static readonly Lazy<IReadOnlyList<AccessRow>> LazyRows = new(() => [.. CoreRows, .. ImportRows, .. ExportRows, .. IndicatorRows, .. WhatIfRows]);

    private static IReadOnlyList<AccessRow> CoreRows =>
    [
        new("GET", $"{V1}/me", _ => $"{V1}/me", Everyone(Expect.Ok)),
        new("GET", $"{V1}/tasks", _ => $"{V1}/tasks", Lists),
        new("GET", $"{V1}/instances", _ => $"{V1}/instances", Lists),
        new("GET", $"{V1}/instances/{{id:guid}}/journal", t => $"{V1}/instances/{t.Instance}/journal", Rule(Expect.Ok, Readers, District)),
        new("GET", $"{V1}/lplpos", _ => $"{V1}/lplpos", Lists),
        new("POST", $"{V1}/lplpos/months", _ => $"{V1}/lplpos/months", Rule(Expect.Passes, [IfkOfficer], [IfkOfficer]))
            { Body = _ => new StartMonthInput("2026-10") },
        new("POST", $"{V1}/lplpos", _ => $"{V1}/lplpos", Rule(Expect.Passes, [Pharmacist, IfkOfficer], [IfkOfficer]))
            { Body = t => new StartLplpoInput(t.Facility, "2026-10") },
        new("POST", $"{V1}/lplpos/emergency", _ => $"{V1}/lplpos/emergency", Rule(Expect.Passes, [Pharmacist], [Pharmacist]))
            { Body = _ => new StartEmergencyInput("Wabah diare: stok oralit habis", [new DraftLine("NO-SUCH-ITEM", Requested: 1)]) },
        new("GET", $"{V1}/lplpos/{{id:long}}", t => $"{V1}/lplpos/{t.Draft}", Rule(Expect.Ok, Readers, District)),
        new("GET", $"{V1}/lplpos/{{id:long}}/check", t => $"{V1}/lplpos/{t.Draft}/check", Rule(Expect.Ok, [.. Puskesmas, IfkOfficer], [IfkOfficer])),
        new("PUT", $"{V1}/lplpos/{{id:long}}/draft", t => $"{V1}/lplpos/{t.Draft}/draft", Rule(Expect.Passes, [Pharmacist], []))
            { Body = _ => new SaveDraftInput([new DraftLine("OBT-NONE", Used: 1)]), IfMatch = t => Stale(t.Draft) },
        new("POST", $"{V1}/lplpos/{{id:long}}/submit", t => $"{V1}/lplpos/{t.Draft}/submit", Rule(Expect.Passes, [Pharmacist], []))
            { Body = _ => new SubmitInput(), IfMatch = t => Stale(t.Draft) },
        // The draft waits for its submission: review, ship and receive are refused for everyone (the reviewer: 400,
        // not waiting for review); a stranger to the document must still learn nothing of it.
        new("POST", $"{V1}/lplpos/{{id:long}}/review", t => $"{V1}/lplpos/{t.Draft}/review", Rule(Expect.Refused, Readers, District))
            { Body = _ => new ReviewInput(ReviewInput.Return, "probe"), IfMatch = t => Stale(t.Draft) },
        new("POST", $"{V1}/lplpos/{{id:long}}/ship", t => $"{V1}/lplpos/{t.Draft}/ship", Rule(Expect.Refused, Readers, District))
            { Body = _ => new ShipInput(), IfMatch = t => Stale(t.Draft) },
        new("POST", $"{V1}/lplpos/{{id:long}}/receive", t => $"{V1}/lplpos/{t.Draft}/receive", Rule(Expect.Refused, Readers, District))
            { Body = _ => new ReceiveInput(), IfMatch = t => Stale(t.Draft) },
        // Approve-many is a reviewer's (IFK, or a pharmacist for sub-unit requests); it approves only what the caller
        // supplies and answers another supplier's LPLPO as "no such LPLPO": here nothing is approved.
        new("POST", $"{V1}/lplpos/approve-many", _ => $"{V1}/lplpos/approve-many", Rule(Expect.Ok, [Pharmacist, IfkOfficer], [Pharmacist, IfkOfficer]))
            { Body = _ => new ApproveManyInput([999_999_999]) },
        new("GET", $"{V1}/lplpos/allocation-suggestions", _ => $"{V1}/lplpos/allocation-suggestions", Rule(Expect.Ok, [Pharmacist, IfkOfficer], [Pharmacist, IfkOfficer])),
        // A flag is acknowledged by its facility or its supplier; the one probed is no longer open (400 after the check).
        new("POST", $"{V1}/flags/{{id:long}}/acknowledge", t => $"{V1}/flags/{t.Flag}/acknowledge", Rule(Expect.Passes, [.. Puskesmas, IfkOfficer], [IfkOfficer]))
            { Body = _ => new AcknowledgeInput("matrix probe") },

        new("POST", $"{V1}/formularies", _ => $"{V1}/formularies", Rule(Expect.Passes, [Pharmacist], [Pharmacist]))
            { Body = _ => new StartPlanInput(2027) },
        new("GET", $"{V1}/formularies/{{id:long}}", t => $"{V1}/formularies/{t.Formulary}", Rule(Expect.Ok, Readers, District)),
        new("GET", $"{V1}/formularies/{{id:long}}/check", t => $"{V1}/formularies/{t.Formulary}/check", Rule(Expect.Ok, Readers, District)),
        new("POST", $"{V1}/formularies/{{id:long}}/items", t => $"{V1}/formularies/{t.Formulary}/items", Rule(Expect.Passes, [Staff, Pharmacist], []))
            { Body = _ => new ProposeItemsInput([new FormularyItemInput("NO-SUCH-ITEM", 100m)]) },
        new("DELETE", $"{V1}/formularies/{{id:long}}/items", t => $"{V1}/formularies/{t.Formulary}/items?drugCode=NO-SUCH-ITEM", Rule(Expect.Passes, [Pharmacist], [])),
        new("POST", $"{V1}/formularies/{{id:long}}/submit", t => $"{V1}/formularies/{t.Formulary}/submit", Rule(Expect.Passes, [Pharmacist], []))
            { Body = _ => new SubmitInput() },
        new("POST", $"{V1}/formularies/{{id:long}}/establish", t => $"{V1}/formularies/{t.Formulary}/establish", Rule(Expect.Refused, Readers, District))
            { Body = _ => new EstablishInput(EstablishInput.Return, "matrix probe") },

        new("POST", $"{V1}/rkos", _ => $"{V1}/rkos", Rule(Expect.Passes, [Pharmacist], [Pharmacist]))
            { Body = _ => new StartPlanInput(2027) },
        new("POST", $"{V1}/rkos/consolidations", _ => $"{V1}/rkos/consolidations", Rule(Expect.Passes, [IfkOfficer], [IfkOfficer]))
            { Body = _ => new ConsolidateInput(2027, 1m) },
        new("GET", $"{V1}/rkos/{{id:long}}", t => $"{V1}/rkos/{t.Rko}", Rule(Expect.Ok, Readers, District)),
        new("GET", $"{V1}/rkos/{{id:long}}/check", t => $"{V1}/rkos/{t.Rko}/check", Rule(Expect.Ok, Readers, District)),
        new("PATCH", $"{V1}/rkos/{{id:long}}/lines", t => $"{V1}/rkos/{t.Rko}/lines", Rule(Expect.Passes, [Pharmacist], []))
            { Body = _ => UnknownDrugLines },
        new("POST", $"{V1}/rkos/{{id:long}}/establish", t => $"{V1}/rkos/{t.Rko}/establish", Rule(Expect.Refused, Readers, District))
            { Body = _ => new EstablishInput(EstablishInput.Return, "matrix probe") },
        // Last of the RKO rows: if the pharmacist's submit passes the rko rules, the RKO is submitted (2xx) and the rows above have run.
        new("POST", $"{V1}/rkos/{{id:long}}/submit", t => $"{V1}/rkos/{t.Rko}/submit", Rule(Expect.Passes, [Pharmacist], [], ownOtherwise: Expect.Refused))
            { Body = _ => new SubmitInput() },
        // No RKO is established, so there is no consolidated one to fit: a puskesmas's RKO waits for no fitting.
        new("POST", $"{V1}/rkos/{{id:long}}/fit-budget", t => $"{V1}/rkos/{t.Rko}/fit-budget", Rule(Expect.Refused, Readers, District))
            { Body = _ => UnknownDrugLines },

        new("GET", $"{V1}/facilities/{{facilityId}}/stock", t => $"{V1}/facilities/{t.Facility}/stock", Rule(Expect.Ok, Readers, District)),
        // The card adjusted is always the caller's own: the batch probed is on nobody's card.
        new("POST", $"{V1}/stock/adjustments", _ => $"{V1}/stock/adjustments", Rule(Expect.Passes, [Pharmacist, SubUnit, IfkOfficer], [Pharmacist, SubUnit, IfkOfficer]))
            { Body = _ => new StockAdjustmentInput("OBT-NONE", "NO-SUCH-BATCH", 1, StockCommands.Loss, "matrix probe") },

        new("GET", $"{V1}/thresholds", _ => $"{V1}/thresholds", Everyone(Expect.Ok)),
        new("GET", $"{V1}/thresholds/history", _ => $"{V1}/thresholds/history", Everyone(Expect.Ok)),
        new("PUT", $"{V1}/thresholds", _ => $"{V1}/thresholds", Rule(Expect.Passes, [Administrator], [Administrator]))
            { Body = _ => new ReviseThresholdsInput(new Dictionary<string, decimal> { ["no_such_threshold"] = 1m }, "matrix probe") },

        new("GET", $"{V1}/api-tokens", _ => $"{V1}/api-tokens", Rule(Expect.Ok, [Administrator], [Administrator])),
        new("POST", $"{V1}/api-tokens", _ => $"{V1}/api-tokens", Rule(Expect.Passes, [Administrator], [Administrator]))
            { Body = _ => new { name = "matrix probe", userId = "no-such-user", role = Staff } },
        new("DELETE", $"{V1}/api-tokens/{{id:long}}", _ => $"{V1}/api-tokens/999999999", Rule(Expect.Missing, [Administrator], [Administrator])),

        // The administrator's district settings (AdminApi). The changing calls name a user that does not exist (404 after
        // the access check) or carry a body the input checks refuse (400), so no demo user or mapping changes.
        new("GET", $"{V1}/admin/facilities", _ => $"{V1}/admin/facilities", Rule(Expect.Ok, [Administrator], [Administrator])),
        new("GET", $"{V1}/admin/users", _ => $"{V1}/admin/users", Rule(Expect.Ok, [Administrator], [Administrator])),
        new("GET", $"{V1}/admin/users/{{userId}}", _ => $"{V1}/admin/users/no-such-user", Rule(Expect.Missing, [Administrator], [Administrator])),
        new("POST", $"{V1}/admin/users", _ => $"{V1}/admin/users", Rule(Expect.Passes, [Administrator], [Administrator]))
            { Body = _ => new AddUserInput("matrix.probe", "Matrix probe", Pharmacist, "PKM-NO-SUCH-FACILITY") },
        new("PUT", $"{V1}/admin/users/{{userId}}/active", _ => $"{V1}/admin/users/no-such-user/active", Rule(Expect.Missing, [Administrator], [Administrator]))
            { Body = _ => new { active = false } },
        new("POST", $"{V1}/admin/users/{{userId}}/password", _ => $"{V1}/admin/users/no-such-user/password", Rule(Expect.Missing, [Administrator], [Administrator])),
        new("POST", $"{V1}/admin/reference-lists/confirmed-mappings", _ => $"{V1}/admin/reference-lists/confirmed-mappings", Rule(Expect.Refused, [Administrator], [Administrator]))
            { Body = _ => new ConfirmMappingInput("NO-SUCH-ITEM", 999_999_999) },
        new("GET", $"{V1}/admin/reference-lists", _ => $"{V1}/admin/reference-lists", Rule(Expect.Ok, [Administrator], [Administrator])),
        new("GET", $"{V1}/admin/reference-lists/unmatched", _ => $"{V1}/admin/reference-lists/unmatched", Rule(Expect.Ok, [Administrator], [Administrator])),
    ];

    /// <summary>Every role may call; the answer is about the caller's own work, so it names nothing of the foreign puskesmas for a puskesmas role.</summary>
    private static Expect Lists(string role, bool own) =>
        own || role is IfkOfficer or Administrator ? Expect.Ok : Expect.OkOwnOnly;

    private static Func<string, bool, Expect> Everyone(Expect expect) => (_, _) => expect;

    /// <summary>
    /// <paramref name="allowed"/> for the roles named on the caller's own puskesmas and on the foreign one; otherwise
    /// <paramref name="ownOtherwise"/> on its own (Denied unless said) and Denied on the foreign one.
    /// </summary>
    private static Func<string, bool, Expect> Rule(Expect allowed, string[] own, string[] foreign, Expect ownOtherwise = Expect.Denied) =>
        (role, isOwn) => (isOwn ? own : foreign).Contains(role) ? allowed : isOwn ? ownOtherwise : Expect.Denied;
}
