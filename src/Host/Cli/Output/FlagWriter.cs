using System.Text.Json;
using Requisition.Rules.RuleSets.Flags;

namespace Requisition.Host.Cli.Output;

/// <summary>Writes flags one per line as JSON Lines, CSV or a table.</summary>
public static class FlagWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static void Write(TextWriter writer, IReadOnlyList<Flag> flags, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Jsonl:
                foreach (var flag in flags) writer.WriteLine(JsonSerializer.Serialize(ToJson(flag), Json));
                break;
            case OutputFormat.Csv:
                writer.WriteLine("rule,severity,step,facility,drug_code,period,subject,message");
                foreach (var f in flags)
                    writer.WriteLine(CsvText.Row(f.Rule, Severity(f), f.Step, f.Facility.Value, f.DrugCode?.Value, f.Period?.ToString(), f.Subject, f.Message));
                break;
            default:
                var table = new TextTable("SEVERITY", "RULE", "FACILITY", "DRUG", "PERIOD", "MESSAGE");
                foreach (var f in flags) table.Add(Severity(f), f.Rule, f.Facility.Value, f.DrugCode?.Value, f.Period?.ToString(), f.Message);
                table.WriteTo(writer, maxWidth: 140);
                var bySeverity = flags.GroupBy(Severity).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
                writer.WriteLine($"{flags.Count} flags ({string.Join(", ", bySeverity)})");
                break;
        }
    }

    private static string Severity(Flag flag) => flag.Severity.ToString().ToLowerInvariant();

    private static Dictionary<string, object?> ToJson(Flag f) => new()
    {
        ["rule"] = f.Rule,
        ["severity"] = Severity(f),
        ["step"] = f.Step,
        ["facility"] = f.Facility.Value,
        ["drug_code"] = f.DrugCode?.Value,
        ["period"] = f.Period?.ToString(),
        ["subject"] = f.Subject,
        ["message"] = f.Message,
        ["evidence"] = f.Evidence.ToDictionary(e => e.Name, e => e.Value),
        ["thresholds"] = f.Thresholds.ToDictionary(e => e.Name, e => e.Value),
        ["threshold_version"] = f.ThresholdVersion,
    };
}
