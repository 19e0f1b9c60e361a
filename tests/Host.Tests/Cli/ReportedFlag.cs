using System.Text.Json;

namespace Requisition.Host.Tests.Cli;

/// <summary>One line of <c>check --format jsonl</c>, read back.</summary>
internal sealed record ReportedFlag(
    string Rule,
    string Severity,
    string Step,
    string Facility,
    string? DrugCode,
    string? Subject,
    string Message,
    JsonElement Evidence,
    JsonElement Thresholds,
    string ThresholdVersion)
{
    /// <summary>"RULE severity FACILITY DRUG" (DRUG "-" when the flag is about no item): what the expectations list.</summary>
    public string Summary => $"{Rule} {Severity} {Facility} {DrugCode ?? "-"}";

    public static ReportedFlag Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement.Clone();
        return new ReportedFlag(
            Text(root, "rule")!,
            Text(root, "severity")!,
            Text(root, "step")!,
            Text(root, "facility")!,
            Text(root, "drug_code"),
            Text(root, "subject"),
            Text(root, "message")!,
            root.GetProperty("evidence"),
            root.GetProperty("thresholds"),
            Text(root, "threshold_version")!);
    }

    /// <summary>A string field; null when the field is JSON null. A missing field throws, so a dropped field fails the test.</summary>
    private static string? Text(JsonElement root, string name)
    {
        var value = root.GetProperty(name);
        return value.ValueKind == JsonValueKind.Null ? null : value.GetString();
    }
}
