namespace Requisition.Workflows.Tests.Runtime.Definitions;

public sealed class LoaderActivityErrorTests
{
    [Fact]
    public void Load_TaskWithoutRole_NamesTheMissingProperty()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "HumanTask", "properties": { "outcomes": ["ok"] } } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[0].properties.role: required property is missing"], errors);
    }

    [Fact]
    public void Load_TaskWithoutOutcomes_SaysOnlyThatTheOutcomesAreMissing()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "HumanTask", "properties": { "role": "head" }, "next": { "sign": "b" } }, { "id": "b", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[0].properties.outcomes: required property is missing"], errors);
    }

    [Fact]
    public void Load_NextForAnOutcomeTheTaskDoesNotOffer_IsRefusedAsATypo()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "HumanTask", "properties": { "role": "head", "outcomes": ["approve"] },
                                "next": { "aprove": "b", "approve": "b" } },
                              { "id": "b", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[0].next.aprove: the activity has no outcome 'aprove' (its outcomes: approve)"], errors);
    }

    [Fact]
    public void Load_TaskOutcomeWithNowhereToGo_IsRefused()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "HumanTask", "properties": { "role": "ifk-officer", "outcomes": ["approve", "return"] },
                                "next": { "approve": "b" } },
                              { "id": "b", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[0].next: outcome 'return' leads nowhere (map it, or send it to an End activity)"], errors);
    }

    [Fact]
    public void Load_EscalationTimerOutcome_MustBeMappedLikeATaskOutcome()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "HumanTask",
                                "properties": { "role": "pharmacist", "outcomes": ["submit"], "timers": [ { "name": "late", "due": "P10D", "outcome": "late" } ] },
                                "next": { "submit": "b" } },
                              { "id": "b", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[0].next: outcome 'late' leads nowhere (map it, or send it to an End activity)"], errors);
    }

    [Fact]
    public void Load_DurationInMonths_IsRefusedWithTheDueDayAdvice()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "Timer", "properties": { "due": "P1M" }, "next": "b" }, { "id": "b", "type": "End" } ] }
            """);

        var error = Assert.Single(errors);
        Assert.StartsWith("workflows/lplpo-monthly.v1.json: $.activities[0].properties.due: 'P1M' is not a duration", error);
    }

    [Fact]
    public void Load_DueDayOutsideTheMonth_IsRefused()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "Timer", "properties": { "due": { "periodDueDay": { "periodVariable": "period", "day": 31 } } }, "next": "b" },
                              { "id": "b", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[0].properties.due.periodDueDay.day: must be a day from 1 to 28"], errors);
    }

    [Fact]
    public void Load_InterruptingTimerWithoutOutcome_IsRefused()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "HumanTask",
                                "properties": { "role": "pharmacist", "outcomes": ["submit"], "timers": [ { "name": "late", "due": "P10D" } ] },
                                "next": { "submit": "b" } },
                              { "id": "b", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[0].properties.timers[0].outcome: an interrupting timer ends the task, so it needs the outcome to follow"], errors);
    }

    [Fact]
    public void Load_EndWithANext_IsRefused()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a", "activities": [ { "id": "a", "type": "End", "next": "a" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[0].next: a End activity has no outcome to follow"], errors);
    }

    [Fact]
    public void Load_FanOutWithoutItems_NamesTheMissingProperty()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "FanOut", "properties": { "definition": "delivery" }, "next": "b" }, { "id": "b", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[0].properties.items: required property is missing"], errors);
    }

    [Fact]
    public void Load_SetVariableWithBothValueAndIncrement_IsRefused()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "SetVariable", "properties": { "variable": "n", "value": 1, "increment": 1 }, "next": "b" },
                              { "id": "b", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[0].properties.value: give exactly one of value, increment"], errors);
    }
}
