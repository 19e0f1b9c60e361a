using System.Globalization;

namespace Requisition.Rules.RuleSets.Flags;

/// <summary>Numbers as flag messages quote them: invariant, at most one decimal.</summary>
internal static class Fmt
{
    public static string N(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Months of stock with two decimals, so a figure just over a limit does not read as the limit.</summary>
    public static string Months(decimal value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
