namespace Requisition.Workflows.Tests.Runtime.Definitions;

public sealed class LoaderStructureErrorTests
{
    [Fact]
    public void Load_NextNamingNoActivity_NamesTheFileThePathAndTheMissingId()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "lplpo-monthly", "version": 1, "start": "draft",
              "activities": [
                { "id": "draft", "type": "HumanTask", "properties": { "role": "pharmacist", "outcomes": ["submit"] }, "next": { "submit": "check" } },
                { "id": "check", "type": "SetVariable", "properties": { "variable": "checked", "value": true }, "next": "submitted" },
                { "id": "submitted", "type": "SetVariable", "properties": { "variable": "submitted", "value": true }, "next": "review" },
                { "id": "review", "type": "HumanTask", "properties": { "role": "ifk-officer", "outcomes": ["approve", "return"] },
                  "next": { "approve": "ship", "return": "draft" } }
              ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[3].next.approve: no activity 'ship'"], errors);
    }

    [Fact]
    public void Load_UnknownActivityType_NamesTheTypeAndListsTheRegisteredOnes()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a", "activities": [ { "id": "a", "type": "SendEmail" } ] }
            """);

        var error = Assert.Single(errors);
        Assert.StartsWith("workflows/lplpo-monthly.v1.json: $.activities[0].type: unknown activity type 'SendEmail' (registered: ", error);
        Assert.Contains("HumanTask", error);
    }

    [Fact]
    public void Load_NoStart_SaysTheStartIsMissing()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "activities": [ { "id": "a", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.start: required property is missing"], errors);
    }

    [Fact]
    public void Load_StartNamingNoActivity_NamesTheMissingId()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "begin", "activities": [ { "id": "a", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.start: no activity 'begin'"], errors);
    }

    [Fact]
    public void Load_TwoActivitiesWithOneId_NamesTheDuplicateAndWhereItFirstAppears()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "SetVariable", "properties": { "variable": "v", "value": 1 }, "next": "b" },
                              { "id": "b", "type": "End" },
                              { "id": "a", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[2].id: duplicate id 'a' (first used at $.activities[0])"], errors);
    }

    [Fact]
    public void Load_ActivityNothingLeadsTo_IsRefusedAsUnreachable()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "End" }, { "id": "orphan", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.activities[1]: activity 'orphan' cannot be reached from the start 'a'"], errors);
    }

    [Fact]
    public void Load_BrokenJson_GivesTheLineOfTheProblem()
    {
        var errors = DefinitionErrors.Of("""
            {
              "id": "x",
              "version": 1
              "start": "a"
            }
            """);

        var error = Assert.Single(errors);
        Assert.StartsWith("workflows/lplpo-monthly.v1.json:4: invalid JSON at column", error);
    }

    [Fact]
    public void Load_MisspeltKey_IsRefusedRatherThanIgnored()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a", "activities": [ { "id": "a", "type": "End", "nxt": "b" } ] }
            """);

        var error = Assert.Single(errors);
        Assert.StartsWith("workflows/lplpo-monthly.v1.json: $.activities[0].nxt: unknown property", error);
    }

    [Fact]
    public void Load_VersionThatIsNotAPositiveNumber_IsRefused()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": "one", "start": "a", "activities": [ { "id": "a", "type": "End" } ] }
            """);

        Assert.Equal(["workflows/lplpo-monthly.v1.json: $.version: must be a whole number from 1"], errors);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsThemAllAtOnce()
    {
        var errors = DefinitionErrors.Of("""
            { "id": "x", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "Teleport", "next": "nowhere" }, { "type": "End" } ] }
            """);

        Assert.Equal(3, errors.Count);
        Assert.Contains("workflows/lplpo-monthly.v1.json: $.activities[0].next: no activity 'nowhere'", errors);
        Assert.Contains(errors, e => e.StartsWith("workflows/lplpo-monthly.v1.json: $.activities[0].type: unknown activity type 'Teleport'", StringComparison.Ordinal));
        Assert.Contains("workflows/lplpo-monthly.v1.json: $.activities[1].id: required property is missing", errors);
    }
}
