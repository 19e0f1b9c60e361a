using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Activities.Timing;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Tests.Runtime.Activities;

public sealed class DueSpecTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 14, 30, 0, Wib);

    private static DateTimeOffset Due(string spec, JsonObject? variables = null)
    {
        var problems = new DefinitionProblems("t.json");
        var due = DueSpec.Read(JsonNode.Parse(spec), "$.due", problems);
        Assert.Empty(problems.Errors);
        return due!.Compute(new WorkflowVariables(variables ?? [], "test"), Now);
    }

    [Fact]
    public void Compute_ADelay_IsThatLongAfterNow() =>
        Assert.Equal(Now.AddDays(1).AddHours(6), Due("\"P1DT6H\""));

    [Fact]
    public void Compute_PeriodDueDay_IsTheEndOfThatDayOfTheFollowingMonthInWib() =>
        Assert.Equal(new DateTimeOffset(2027, 1, 11, 0, 0, 0, Wib),
            Due("""{ "periodDueDay": { "periodVariable": "period", "day": 10 } }""", new JsonObject { ["period"] = "2026-12" }));

    [Fact]
    public void Compute_PeriodDueDayFromAVariable_TakesTheDayAnAdministratorSet() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, Wib),
            Due("""{ "periodDueDay": { "periodVariable": "p", "dayVariable": "lplpoDueDay" } }""", new JsonObject { ["p"] = "2026-10", ["lplpoDueDay"] = 15 }));

    [Fact]
    public void Compute_PeriodDueDayInCentralIndonesia_UsesTheGivenOffset() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.FromHours(8)),
            Due("""{ "periodDueDay": { "periodVariable": "period", "day": 10, "utcOffset": "+08:00" } }""", new JsonObject { ["period"] = "2026-10" }));

    [Fact]
    public void Compute_AnOffset_MovesTheDueTimeEitherWay()
    {
        var period = new JsonObject { ["period"] = "2026-10" };

        Assert.Equal(new DateTimeOffset(2026, 11, 9, 0, 0, 0, Wib), Due("""{ "periodDueDay": { "day": 10 }, "offset": "-P2D" }""", period));
        Assert.Equal(new DateTimeOffset(2026, 11, 14, 0, 0, 0, Wib), Due("""{ "periodDueDay": { "day": 10 }, "offset": "P3D" }""", period));
    }

    [Fact]
    public void Compute_AVariableTime_IsThatTime()
    {
        var deadline = new DateTimeOffset(2026, 12, 24, 17, 0, 0, Wib);

        Assert.Equal(deadline, Due("""{ "variable": "deadline" }""", new JsonObject { ["deadline"] = deadline.ToString("O") }));
    }

    [Fact]
    public void Compute_APeriodVariableThatIsNotAPeriod_SaysSo()
    {
        var problems = new DefinitionProblems("t.json");
        var due = DueSpec.Read(JsonNode.Parse("""{ "periodDueDay": { "day": 10 } }"""), "$.due", problems)!;

        var error = Assert.Throws<FormatException>(() => due.Compute(new WorkflowVariables(new JsonObject { ["period"] = "Oktober" }, "test"), Now));

        Assert.Equal("variable 'period' is 'Oktober', not a period (YYYY-MM)", error.Message);
    }

    [Fact]
    public void Read_TwoBases_IsRefused()
    {
        var problems = new DefinitionProblems("t.json");

        DueSpec.Read(JsonNode.Parse("""{ "delay": "P1D", "variable": "x" }"""), "$.due", problems);

        Assert.Equal(["t.json: $.due: has both delay and variable; give one"], problems.Errors.Select(e => e.ToString()));
    }
}
