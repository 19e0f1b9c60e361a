using System.Globalization;

namespace Requisition.Rules.RuleSets.Flags;

/// <summary>Numbers as flag messages quote them: invariant, at most one decimal.</summary>
internal static class Fmt
{
    public static string N(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
