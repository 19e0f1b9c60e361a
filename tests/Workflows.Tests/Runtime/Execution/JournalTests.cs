using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

public sealed class JournalTests
{
    private const string Checked = """
        { "id": "lplpo-checked", "version": 1, "start": "submit",
          "activities": [
            { "id": "submit", "type": "HumanTask", "properties": { "role": "pharmacist", "outcomes": ["submit"], "inputVariable": "lplpo" },
              "next": { "submit": "check" } },
            { "id": "check", "type": "CheckLplpo", "next": { "flagged": "done", "clean": "done" } },
            { "id": "done", "type": "End" }
          ] }
        """;

    [Fact]
    public async Task Journal_ApprovalRun_RecordsWhoDidWhatWhenWithWhichInputAndOutcome()
    {
        var district = new RuntimeHarness(TestDefinitions.ApprovalV1);
        var started = await district.StartApprovalAsync();
        var id = started.Instance.Id;
        district.Clock.Advance(TimeSpan.FromHours(2));
        await district.ResumeAsync(district.OpenTask(id).Id, "submit", Actors.CibeberPharmacist, new JsonObject { ["lines"] = 12 });
        district.Clock.Advance(TimeSpan.FromDays(1));
        await district.ResumeAsync(district.OpenTask(id).Id, "approve", Actors.IfkOfficer, new JsonObject { ["note"] = "ok" });

        var lines = district.Database.JournalOf(id).Select(e => (e.ActivityId, e.Kind, e.UserId, e.Role, e.Outcome, e.At - RuntimeHarness.Start));

        Assert.Equal(
        [
            ("submit", JournalKinds.Start, "apt.rina", "pharmacist", "started", TimeSpan.Zero),
            ("submit", JournalKinds.Activity, "apt.rina", "pharmacist", "waiting", TimeSpan.Zero),
            ("submit", JournalKinds.HumanAction, "apt.rina", "pharmacist", "submit", TimeSpan.FromHours(2)),
            ("review", JournalKinds.Activity, "apt.rina", "pharmacist", "waiting", TimeSpan.FromHours(2)),
            ("review", JournalKinds.HumanAction, "ifk.budi", "ifk-officer", "approve", TimeSpan.FromHours(26)),
            ("approved", JournalKinds.Activity, "ifk.budi", "ifk-officer", "end", TimeSpan.FromHours(26)),
        ], lines);
        var journal = district.Database.JournalOf(id);
        Assert.Equal("""{"lines":12}""", journal[2].InputJson);
        Assert.Equal("""{"ifk":"IFK-CIANJUR"}""", journal[0].InputJson);
        Assert.True(journal.Zip(journal.Skip(1)).All(p => p.First.Id < p.Second.Id));
    }

    [Fact]
    public async Task Journal_RulesStep_RecordsItsFlagsAndTheThresholdVersionThatDecidedThem()
    {
        var district = new RuntimeHarness(new ActivityRegistry([new LplpoRulesStep()]), Checked);
        var started = await district.StartAsync("lplpo-checked", "lplpo:PKM-CIBEBER:2026-10", Actors.Cibeber, Actors.CibeberPharmacist,
            new JsonObject { ["period"] = "2026-10" });
        district.Clock.Now = new DateTimeOffset(2026, 11, 14, 9, 0, 0, TimeSpan.FromHours(7));

        await district.ResumeAsync(district.OpenTask(started.Instance.Id).Id, "submit", Actors.CibeberPharmacist);

        var check = district.Database.JournalOf(started.Instance.Id).Single(e => e.ActivityId == "check");
        var flag = Assert.Single(JsonNode.Parse(check.FlagsJson)!.AsArray())!;
        Assert.Equal(("flagged", "default-2026.1"), (check.Outcome, check.ThresholdVersion));
        Assert.Equal(("LATE_LPLPO", "warning", "PKM-CIBEBER", "2026-10"),
            (flag["rule"]!.GetValue<string>(), flag["severity"]!.GetValue<string>(), flag["facility"]!.GetValue<string>(), flag["period"]!.GetValue<string>()));
        Assert.Contains("4 days late", flag["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Journal_RulesStepWithNothingToFlag_RecordsAnEmptyListAndTheVersion()
    {
        var district = new RuntimeHarness(new ActivityRegistry([new LplpoRulesStep()]), Checked);
        var started = await district.StartAsync("lplpo-checked", "lplpo:PKM-CIBEBER:2026-10", Actors.Cibeber, Actors.CibeberPharmacist,
            new JsonObject { ["period"] = "2026-10" });

        await district.ResumeAsync(district.OpenTask(started.Instance.Id).Id, "submit", Actors.CibeberPharmacist);

        var check = district.Database.JournalOf(started.Instance.Id).Single(e => e.ActivityId == "check");
        Assert.Equal(("clean", "[]", "default-2026.1"), (check.Outcome, check.FlagsJson, check.ThresholdVersion));
    }
}
