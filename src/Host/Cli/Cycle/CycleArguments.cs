using System.Globalization;
using Requisition.Host.Cli.Verbs;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Host.Cli.Cycle;

/// <summary>
/// The shell forms of the cycle commands' inputs, read strictly: a value that does not have the form is a usage error
/// naming the option; whether a well-formed value is acceptable is for the command to say.
/// </summary>
public static class CycleArguments
{
    /// <summary><c>RULE=REASON</c>, or narrowed to one item and subject: <c>RULE:DRUGCODE=REASON</c>, <c>RULE:DRUGCODE:SUBJECT=REASON</c>.</summary>
    public static IReadOnlyList<Acknowledgement> Acknowledgements(IEnumerable<string>? values) =>
        (values ?? []).Select(Acknowledgement).ToList();

    public static Acknowledgement Acknowledgement(string value)
    {
        var (target, reason) = Split(value, '=', "--ack", "RULE[:DRUGCODE[:SUBJECT]]=REASON");
        var parts = target.Split(':', 3, StringSplitOptions.TrimEntries);
        if (parts[0].Length == 0 || parts.Any(p => p.Length == 0))
            throw new UsageException($"--ack: '{value}' is not RULE[:DRUGCODE[:SUBJECT]]=REASON (a part before '=' is empty).");
        if (reason.Length == 0) throw new UsageException($"--ack: '{value}' gives no reason after '='.");
        return new Acknowledgement(parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null, reason);
    }

    /// <summary><c>CODE=GIVEN[:REASONCATEGORY]</c>; the note is the review's <c>--reason</c>.</summary>
    public static ReviewLine ReviewLine(string value, string? note)
    {
        const string Form = "DRUGCODE=GIVEN[:REASONCATEGORY]";
        var (code, rest) = Split(value, '=', "--line", Form);
        var parts = rest.Split(':', 2, StringSplitOptions.TrimEntries);
        if (code.Length == 0) throw new UsageException($"--line: '{value}' is not {Form} (no item code before '=').");
        var given = Quantity(parts[0], "--line", value, Form);
        AdjustmentReason? category = parts.Length > 1 ? ReasonCategory(parts[1]) : null;
        return new ReviewLine(code, given, ReasonCategory: category, Note: string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    /// <summary><c>LINEID=QTY:REASON</c> against the SBBK: the line's id, how many units are rejected, and why.</summary>
    public static (long LineId, long Rejected, string Reason) Rejection(string value)
    {
        const string Form = "SBBKLINE=QUANTITY:REASON";
        var (id, rest) = Split(value, '=', "--reject", Form);
        var parts = rest.Split(':', 2, StringSplitOptions.TrimEntries);
        var lineId = Quantity(id, "--reject", value, Form);
        var rejected = Quantity(parts[0], "--reject", value, Form);
        if (parts.Length < 2 || parts[1].Length == 0) throw new UsageException($"--reject: '{value}' gives no reason (expected {Form}).");
        if (rejected == 0) throw new UsageException($"--reject: '{value}' rejects nothing; name only the lines with rejected units.");
        return (lineId, rejected, parts[1]);
    }

    public static Guid InstanceId(string value) =>
        Guid.TryParse(value, out var id) ? id : throw new UsageException($"INSTANCE_ID: '{value}' is not an instance id (a GUID, as `cycle list` shows it).");

    /// <summary>The reason categories as typed on a shell: supplier-stock-short, above-plan, stock-sufficient, pack-rounding, other.</summary>
    public static IReadOnlyList<string> ReasonCategories { get; } = Enum.GetValues<AdjustmentReason>().Select(Kebab).ToList();

    public static string Kebab(AdjustmentReason reason) =>
        string.Concat(reason.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static AdjustmentReason ReasonCategory(string text)
    {
        var normal = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        foreach (var reason in Enum.GetValues<AdjustmentReason>())
            if (string.Equals(reason.ToString(), normal, StringComparison.OrdinalIgnoreCase)) return reason;
        throw new UsageException($"--line: '{text}' is not a reason category; use one of {string.Join(", ", ReasonCategories)}.");
    }

    private static long Quantity(string text, string option, string value, string form) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new UsageException($"{option}: '{value}' is not {form} ('{text}' is not a whole number).");

    private static (string Left, string Right) Split(string value, char separator, string option, string form)
    {
        var at = value.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? throw new UsageException($"{option}: '{value}' is not {form} (no '{separator}').") : (value[..at].Trim(), value[(at + 1)..].Trim());
    }
}
