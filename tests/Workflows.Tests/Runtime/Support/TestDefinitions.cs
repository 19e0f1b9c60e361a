namespace Requisition.Workflows.Tests.Runtime.Support;

/// <summary>Small definitions written for one behaviour each; the approval flow is the committed example.</summary>
internal static class TestDefinitions
{
    public static string ApprovalV1 => File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "approval.v1.json"));

    public static string ApprovalV2 => File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "approval.v2.json"));

    /// <summary>An emergency (cito) request goes to its own review; anything else to the regular one.</summary>
    public const string Routing = """
        {
          "id": "routing", "version": 1, "start": "route",
          "activities": [
            { "id": "route", "type": "Decision", "properties": { "variable": "kind" },
              "next": { "cito": "cito-review", "default": "review" } },
            { "id": "cito-review", "type": "HumanTask",
              "properties": { "role": "ifk-officer", "anyFacility": true, "outcomes": ["approve"] }, "next": { "approve": "done" } },
            { "id": "review", "type": "HumanTask",
              "properties": { "role": "ifk-officer", "anyFacility": true, "outcomes": ["approve"] }, "next": { "approve": "done" } },
            { "id": "done", "type": "End" }
          ]
        }
        """;

    /// <summary>The LPLPO due day of the month after the period, a daily reminder from two days before, escalation three days late.</summary>
    public const string LplpoDue = """
        {
          "id": "lplpo-due", "version": 1, "start": "submit",
          "activities": [
            { "id": "submit", "type": "HumanTask",
              "properties": {
                "task": "submit-lplpo", "role": "pharmacist", "outcomes": ["submit"],
                "due": { "periodDueDay": { "periodVariable": "period", "day": 10 } },
                "timers": [
                  { "name": "remind", "due": { "periodDueDay": { "periodVariable": "period", "day": 10 }, "offset": "-P2D" },
                    "interrupting": false, "outcome": "remind", "every": "P1D" },
                  { "name": "escalate", "due": { "periodDueDay": { "periodVariable": "period", "day": 10 }, "offset": "P3D" }, "outcome": "late" }
                ]
              },
              "next": { "submit": "received", "remind": "count-reminder", "late": "chase" } },
            { "id": "count-reminder", "type": "SetVariable", "properties": { "variable": "reminders", "increment": 1 } },
            { "id": "chase", "type": "HumanTask",
              "properties": { "task": "chase-late-lplpo", "role": "ifk-officer", "facilityVariable": "ifk", "outcomes": ["received"] },
              "next": { "received": "received" } },
            { "id": "received", "type": "End" }
          ]
        }
        """;

    /// <summary>A plain timer: wait three days, then ask for a confirmation.</summary>
    public const string Cooling = """
        {
          "id": "cooling", "version": 1, "start": "wait",
          "activities": [
            { "id": "wait", "type": "Timer", "properties": { "due": "P3D", "name": "cooling-off" }, "next": "confirm" },
            { "id": "confirm", "type": "HumanTask", "properties": { "role": "pharmacist", "outcomes": ["confirm"] }, "next": { "confirm": "done" } },
            { "id": "done", "type": "End" }
          ]
        }
        """;

    /// <summary>One delivery per puskesmas; the distribution closes when every delivery is confirmed.</summary>
    public const string Distribution = """
        {
          "id": "distribution", "version": 1, "start": "ship-all",
          "activities": [
            { "id": "ship-all", "type": "FanOut",
              "properties": { "definition": "delivery", "items": "facilities", "itemVariable": "facility", "copyVariables": ["period"] },
              "next": "close" },
            { "id": "close", "type": "SetVariable", "properties": { "variable": "closed", "value": true }, "next": "end" },
            { "id": "end", "type": "End" }
          ]
        }
        """;

    public const string Delivery = """
        {
          "id": "delivery", "version": 1, "start": "confirm",
          "activities": [
            { "id": "confirm", "type": "HumanTask",
              "properties": { "task": "confirm-receipt", "role": "pharmacist", "outcomes": ["confirm"] }, "next": { "confirm": "end" } },
            { "id": "end", "type": "End" }
          ]
        }
        """;
}
