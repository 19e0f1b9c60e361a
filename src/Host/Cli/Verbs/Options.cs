using System.CommandLine;
using System.Globalization;
using Requisition.Host.Cli.Output;
using Requisition.Rules.Facts;

namespace Requisition.Host.Cli.Verbs;

/// <summary>Options several verbs share, and their checked values.</summary>
public static class Options
{
    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format") { Description = $"Output format: {string.Join(", ", allowed)}.", DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<string?> Thresholds() => new("--thresholds") { Description = "A thresholds JSON file overriding the shipped defaults (it may name only some values)." };

    public static Option<string?> AsOf() => new("--as-of") { Description = "The evaluation date, YYYY-MM-DD (default: today). Expiry windows and due days count from it." };

    public static OutputFormat ParseFormat(string value) => value switch
    {
        "csv" => OutputFormat.Csv,
        "jsonl" => OutputFormat.Jsonl,
        _ => OutputFormat.Table,
    };

    public static DateOnly ParseDate(string? value, string option)
    {
        if (value is null) return DateOnly.FromDateTime(DateTime.Today);
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"{option}: '{value}' is not a date (expected YYYY-MM-DD).");
    }

    public static Period? ParsePeriod(string? value, string option)
    {
        if (value is null) return null;
        return Period.TryParse(value, out var period)
            ? period
            : throw new UsageException($"{option}: '{value}' is not a period (expected YYYY-MM).");
    }

    public static string ExistingDirectory(string? value, string option)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new UsageException($"{option} is required.");
        return Directory.Exists(value) ? value : throw new UsageException($"{option}: folder '{value}' does not exist.");
    }
}
