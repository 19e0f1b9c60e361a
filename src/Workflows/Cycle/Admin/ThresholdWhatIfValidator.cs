using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using Requisition.Rules.Thresholds;

namespace Requisition.Workflows.Cycle;

/// <summary>
/// Checks a what-if's values before anything is read: at least one, each a known threshold and not negative, each refused
/// at its own field (<c>values.NAME</c>). The rest (whole months, due day, windows in order) is the threshold set's own
/// check, turned into a refusal at the value it names by <see cref="Refusal"/>.
/// </summary>
internal sealed partial class WhatIfValidator : AbstractValidator<WhatIfInput>
{
    public WhatIfValidator()
    {
        RuleFor(x => x.Values).NotNull().WithMessage("name at least one threshold to change");
        RuleFor(x => x.Values).Custom((values, context) =>
        {
            if (values is null) return;
            if (values.Count == 0) context.AddFailure("Values", "name at least one threshold to change");
            foreach (var (name, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                if (!ThresholdNames.All.Contains(name))
                    context.AddFailure($"Values.{name}", $"unknown threshold; expected one of {string.Join(", ", ThresholdNames.Ordered)}");
                else if (value < 0)
                    context.AddFailure($"Values.{name}", $"{value.ToString(CultureInfo.InvariantCulture)} is negative");
            }
        });
    }

    /// <summary>A threshold set's refusal ("values.NAME: reason", or about a pair) at the value it names, else at "values".</summary>
    public static CommandRejectedException Refusal(string message)
    {
        var match = NamedValue().Match(message);
        if (!match.Success) return new CommandRejectedException("values", message);
        return new CommandRejectedException(match.Groups[1].Value, match.Groups[2].Success ? message[match.Length..] : message);
    }

    [GeneratedRegex(@"^(values\.[a-z0-9_]+)(: )?")]
    private static partial Regex NamedValue();
}
