using System.Text.RegularExpressions;

namespace Requisition.Rules.Formulary;

/// <summary>
/// Repairs and lower-cases drug text before it is split into tokens: the mojibake of the e-Fornas
/// export ("salep 2âˆ’4"), unicode dashes and micro signs, line breaks inside combination
/// descriptions (one ingredient per line) and abbreviation dots ("i.v.", "Vit.K1", "Hep. B").
/// </summary>
internal static partial class DrugText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var s = text
            .Replace("âˆ’", "-").Replace("â€“", "-").Replace("â€”", "-").Replace("Âµ", "u")
            .Replace('\u2212', '-').Replace('\u2013', '-').Replace('\u2014', '-')
            .Replace('µ', 'u').Replace('μ', 'u')
            .ToLowerInvariant();
        // One ingredient per line in combination descriptions: a line break separates like '+'.
        s = s.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\n", " + ").Replace('\t', ' ');
        s = RouteIv().Replace(s, " iv ");
        s = RouteIm().Replace(s, " im ");
        s = RouteSc().Replace(s, " sc ");
        s = AbbreviationDot().Replace(s, " ");
        // "Salep 2-4" is a name (salicylic acid 2 % + sulphur 4 %), not a strength.
        s = SalepTwoFour().Replace(s, " salep24 ");
        return s;
    }

    /// <summary>Takes the parenthesised parts out of a text: "(Vitamin C)", "(HCl)", "(dewasa)".</summary>
    public static (string Main, IReadOnlyList<string> Inner) SplitParentheses(string text)
    {
        var inner = new List<string>();
        var main = text;
        while (true)
        {
            var next = Parenthesised().Replace(main, m =>
            {
                inner.Add(m.Groups[1].Value.Trim());
                return " ";
            });
            if (next == main) break;
            main = next;
        }
        return (main.Replace('(', ' ').Replace(')', ' '), inner.Where(i => i.Length > 0).ToList());
    }

    [GeneratedRegex(@"\bi\s?\.\s?v\b\.?")]
    private static partial Regex RouteIv();

    [GeneratedRegex(@"\bi\s?\.\s?m\b\.?")]
    private static partial Regex RouteIm();

    [GeneratedRegex(@"\bs\s?\.\s?c\b\.?")]
    private static partial Regex RouteSc();

    [GeneratedRegex(@"(?<=\p{L})\.")]
    private static partial Regex AbbreviationDot();

    [GeneratedRegex(@"\bsalep\s*2\s*-\s*4\b")]
    private static partial Regex SalepTwoFour();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthesised();
}
