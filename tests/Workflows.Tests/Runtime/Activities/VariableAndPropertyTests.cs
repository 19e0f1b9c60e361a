using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Execution;

namespace Requisition.Workflows.Tests.Runtime.Activities;

public sealed class VariableAndPropertyTests
{
    private static ActivityProperties Properties(string json) => new(new ActivityDefinition
    {
        Id = "review", Type = "HumanTask", Properties = (JsonObject)JsonNode.Parse(json)!,
        File = "workflows/lplpo-monthly.v1.json", Path = "$.activities[2]",
    });

    [Fact]
    public void Variables_SetThenGet_RoundTripsTypedValues()
    {
        var json = new JsonObject();
        var variables = new WorkflowVariables(json, "lplpo PKM-CIBEBER 2026-10");
        var due = new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.FromHours(7));

        variables.Set("dueAt", due);
        variables.Set("returns", 2);
        variables.Set("facilities", new[] { "PKM-A", "PKM-B" });

        Assert.Equal(due, variables.Get<DateTimeOffset>("dueAt"));
        Assert.Equal(2, variables.Get<int>("returns"));
        Assert.Equal(["PKM-A", "PKM-B"], variables.Get<string[]>("facilities"));
        Assert.Equal("""{"dueAt":"2026-11-11T00:00:00+07:00","returns":2,"facilities":["PKM-A","PKM-B"]}""", json.ToJsonString(RuntimeJson.Options));
    }

    [Fact]
    public void Variables_GetOneNotSet_NamesTheVariableAndTheInstance()
    {
        var variables = new WorkflowVariables([], "lplpo PKM-CIBEBER 2026-10");

        var error = Assert.Throws<KeyNotFoundException>(() => variables.Get<string>("period"));

        Assert.Equal("lplpo PKM-CIBEBER 2026-10: variable 'period' is not set", error.Message);
        Assert.Equal(7, variables.GetOrDefault("returns", 7));
    }

    [Fact]
    public void Properties_RequiredOneMissing_FailsWithTheFileAndPath()
    {
        var properties = Properties("""{ "outcomes": ["approve"] }""");

        var error = Assert.Throws<WorkflowDefinitionException>(() => properties.GetString("role"));

        Assert.Equal("workflows/lplpo-monthly.v1.json: $.activities[2].properties.role: required property is missing", error.Message);
    }

    [Fact]
    public void Properties_OfTheWrongType_FailsWithTheFileAndPath()
    {
        var properties = Properties("""{ "role": 7 }""");

        var error = Assert.Throws<WorkflowDefinitionException>(() => properties.GetString("role"));

        Assert.Equal("workflows/lplpo-monthly.v1.json: $.activities[2].properties.role: must be a string", error.Message);
    }

    [Fact]
    public void Properties_TypedReads_GiveTheValuesAsWritten()
    {
        var properties = Properties("""{ "role": "ifk-officer", "outcomes": ["approve", "return"], "limit": 3, "strict": true, "window": { "months": 6 } }""");

        Assert.Equal("ifk-officer", properties.GetString("role"));
        Assert.Equal(["approve", "return"], properties.GetStrings("outcomes"));
        Assert.Equal(3, properties.GetInt("limit"));
        Assert.True(properties.GetBool("strict", false));
        Assert.False(properties.GetBool("absent", false));
        Assert.Equal(6, properties.Get<Window>("window").Months);
    }

    private sealed record Window(int Months);
}
