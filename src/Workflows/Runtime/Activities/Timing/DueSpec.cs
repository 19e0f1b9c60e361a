using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Requisition.Rules.Facts;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Runtime.Activities.Timing;

/// <summary>
/// When a timer fires or a task is due, as written in a definition: a delay from when the activity is reached
/// (<c>"P3D"</c>), a time held in a variable (<c>{"variable": "deadline"}</c>), or the end of the due day of the
/// month after a period (<c>{"periodDueDay": {"periodVariable": "period", "day": 10}}</c>); each with an optional
/// <c>"offset"</c> ("P3D" after, "-P2D" before).
/// </summary>
internal sealed partial class DueSpec
{
    /// <summary>Western Indonesia time (WIB), used for due days unless the definition says otherwise.</summary>
    public static readonly TimeSpan DefaultUtcOffset = TimeSpan.FromHours(7);

    private static readonly string[] Keys = ["delay", "variable", "periodDueDay", "offset"];
    private static readonly string[] PeriodKeys = ["periodVariable", "day", "dayVariable", "utcOffset"];

    private TimeSpan? _delay;
    private string? _variable;
    private string _periodVariable = "period";
    private int? _day;
    private string? _dayVariable;
    private TimeSpan _utcOffset = DefaultUtcOffset;
    private TimeSpan _offset;
    private bool _periodDueDay;

    /// <summary>Reads a due specification, reporting problems at <paramref name="path"/>; null when it is unusable.</summary>
    public static DueSpec? Read(JsonNode? node, string path, DefinitionProblems problems)
    {
        var spec = new DueSpec();
        var before = problems.Errors.Count;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            spec._delay = Duration(value.GetValue<string>(), path, problems);
        }
        else if (node is JsonObject obj)
        {
            spec.ReadObject(obj, path, problems);
        }
        else
        {
            problems.Error(path, "must be a duration such as \"P3D\", or an object with one of delay, variable, periodDueDay");
        }
        return problems.Errors.Count == before ? spec : null;
    }

    /// <summary>Reads a specification already validated at load; a problem here means the definition changed under the instance.</summary>
    public static DueSpec Parse(JsonNode? node, ActivityDefinition activity, string path)
    {
        var problems = new DefinitionProblems(activity.File);
        return Read(node, path, problems) ?? throw new WorkflowDefinitionException(problems.Errors);
    }

    /// <summary>The due day itself: day <paramref name="day"/> of the month after <paramref name="period"/> (as LATE_LPLPO counts it).</summary>
    public static DateOnly DueDate(Period period, int day) => period.AddMonths(1).FirstDay.AddDays(day - 1);

    /// <summary>The instant, given the instance's variables and the time the activity is reached.</summary>
    public DateTimeOffset Compute(WorkflowVariables variables, DateTimeOffset now)
    {
        if (_delay is { } delay) return now + delay + _offset;
        if (_variable is not null) return variables.Get<DateTimeOffset>(_variable) + _offset;
        var periodText = variables.Get<string>(_periodVariable);
        if (!Period.TryParse(periodText, out var period))
            throw new FormatException($"variable '{_periodVariable}' is '{periodText}', not a period (YYYY-MM)");
        var day = _day ?? variables.Get<int>(_dayVariable!);
        if (day is < 1 or > 28) throw new FormatException($"due day {day} is not a day from 1 to 28");
        // Late only once the due day is over: the first moment of the next day, local time.
        var endOfDueDay = DueDate(period, day).AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(endOfDueDay, _utcOffset) + _offset;
    }

    private void ReadObject(JsonObject obj, string path, DefinitionProblems problems)
    {
        foreach (var (key, _) in obj.Where(p => !Keys.Contains(p.Key, StringComparer.Ordinal)))
            problems.Error($"{path}.{key}", $"unknown property (expected one of: {string.Join(", ", Keys)})");
        var bases = new[] { "delay", "variable", "periodDueDay" }.Where(k => obj[k] is not null).ToList();
        if (bases.Count != 1)
        {
            problems.Error(path, bases.Count == 0 ? "needs one of delay, variable, periodDueDay" : $"has both {string.Join(" and ", bases)}; give one");
            return;
        }
        if (obj["offset"] is { } offset) _offset = Duration(Text(offset, $"{path}.offset", problems), $"{path}.offset", problems) ?? default;
        if (obj["delay"] is { } delay) _delay = Duration(Text(delay, $"{path}.delay", problems), $"{path}.delay", problems);
        if (obj["variable"] is { } variable) _variable = Text(variable, $"{path}.variable", problems);
        if (obj["periodDueDay"] is { } due) ReadPeriodDueDay(due, $"{path}.periodDueDay", problems);
    }

    private void ReadPeriodDueDay(JsonNode node, string path, DefinitionProblems problems)
    {
        _periodDueDay = true;
        if (node is not JsonObject obj)
        {
            problems.Error(path, "must be an object with periodVariable and day (or dayVariable)");
            return;
        }
        foreach (var (key, _) in obj.Where(p => !PeriodKeys.Contains(p.Key, StringComparer.Ordinal)))
            problems.Error($"{path}.{key}", $"unknown property (expected one of: {string.Join(", ", PeriodKeys)})");
        if (obj["periodVariable"] is { } periodVariable) _periodVariable = Text(periodVariable, $"{path}.periodVariable", problems) ?? "period";
        if (obj["day"] is { } day)
        {
            if (day is JsonValue v && v.TryGetValue<int>(out var number) && number is >= 1 and <= 28) _day = number;
            else problems.Error($"{path}.day", "must be a day from 1 to 28");
        }
        if (obj["dayVariable"] is { } dayVariable) _dayVariable = Text(dayVariable, $"{path}.dayVariable", problems);
        if ((obj["day"] is null) == (obj["dayVariable"] is null)) problems.Error(path, "needs exactly one of day, dayVariable");
        if (obj["utcOffset"] is { } utc)
        {
            var text = Text(utc, $"{path}.utcOffset", problems);
            var match = text is null ? null : UtcOffset().Match(text);
            if (match is { Success: true })
            {
                var offset = new TimeSpan(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), 0);
                _utcOffset = match.Groups[1].Value == "-" ? -offset : offset;
            }
            else if (text is not null)
            {
                problems.Error($"{path}.utcOffset", $"'{text}' is not an offset like +07:00");
            }
        }
    }

    private static string? Text(JsonNode node, string path, DefinitionProblems problems)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0) return v.GetValue<string>();
        problems.Error(path, "must be a non-empty string");
        return null;
    }

    private static TimeSpan? Duration(string? text, string path, DefinitionProblems problems)
    {
        if (text is null) return null;
        if (IsoDuration.TryParse(text, out var duration)) return duration;
        problems.Error(path, $"'{text}' is not a duration such as P3D, PT12H or -P2D (weeks, days, hours, minutes, seconds)");
        return null;
    }

    public override string ToString() =>
        _delay is { } d ? $"delay {d}" : _variable is not null ? $"variable {_variable}" : _periodDueDay ? $"period due day of {_periodVariable}" : "?";

    [GeneratedRegex(@"^([+-])(\d{2}):(\d{2})$")]
    private static partial Regex UtcOffset();
}
