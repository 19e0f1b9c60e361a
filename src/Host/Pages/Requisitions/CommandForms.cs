using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Requisition.Rules.Engine.Model;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Host.Pages.Requisitions;

/// <summary>
/// What the puskesmas forms share: a refused command's errors put next to their fields, and the acknowledgement
/// reasons typed into the warnings' inputs (named <c>ack|RULE|DRUG</c>: one reason covers the rule's warnings on that item).
/// </summary>
public static class CommandForms
{
    public const string AckPrefix = "ack|";

    /// <summary>The input name of the acknowledgement of <paramref name="rule"/> on <paramref name="drugCode"/> (none: the rule's warnings without an item).</summary>
    public static string AckName(string rule, string? drugCode) => $"{AckPrefix}{rule}|{drugCode}";

    /// <summary>Each error at its field path ("lines[3].used"), and every one of them in the summary (the empty key).</summary>
    public static void AddErrors(ModelStateDictionary modelState, CommandRejectedException refused, Func<string, string>? mapField = null)
    {
        foreach (var error in refused.Errors)
        {
            var field = mapField?.Invoke(error.Field) ?? error.Field;
            if (field.Length > 0) modelState.AddModelError(field, error.Message);
            modelState.AddModelError("", field.Length == 0 ? error.Message : $"{field}: {error.Message}");
        }
    }

    /// <summary>The first error at <paramref name="field"/>, if any.</summary>
    public static string? ErrorAt(ModelStateDictionary modelState, string field) =>
        modelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The errors of the summary (the empty key).</summary>
    public static IReadOnlyList<string> Summary(ModelStateDictionary modelState) =>
        modelState.TryGetValue("", out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];

    /// <summary>The acknowledgements typed in the form: every non-empty <c>ack|RULE|DRUG</c> field.</summary>
    public static IReadOnlyList<Acknowledgement> Acknowledgements(IFormCollection form)
    {
        var acks = new List<Acknowledgement>();
        foreach (var (key, value) in form)
        {
            if (!key.StartsWith(AckPrefix, StringComparison.Ordinal)) continue;
            var reason = value.ToString().Trim();
            if (reason.Length == 0) continue;
            var parts = key[AckPrefix.Length..].Split('|');
            if (parts.Length != 2 || parts[0].Length == 0) continue;
            acks.Add(new Acknowledgement(parts[0], parts[1].Length == 0 ? null : parts[1], null, reason));
        }
        return acks;
    }

    /// <summary>The typed reasons by input name, to show them again after a refusal.</summary>
    public static IReadOnlyDictionary<string, string> AckValues(IFormCollection form) =>
        form.Where(f => f.Key.StartsWith(AckPrefix, StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);

    /// <summary>The open warnings that need a reason, one input per rule and item.</summary>
    public static IEnumerable<(string Rule, string? DrugCode)> WarningsToAcknowledge(IEnumerable<FlagView> flags) =>
        flags.Where(f => f.Severity == Severity.Warning && f.Status == FlagStatus.Open).Select(f => (f.Rule, f.DrugCode)).Distinct();
}
