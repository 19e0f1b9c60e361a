using System.Text;

namespace Requisition.Rules.Formulary;

/// <summary>
/// Brings English and Indonesian spellings of a drug name to one form, so "amoxicillin" and
/// "amoksisilin", "paracetamol" and "parasetamol", "cotrimoxazole" and "kotrimoksazol",
/// "glibenclamide" and "glibenklamida" compare equal. The rules follow how Indonesian respells
/// international names: ph→f, th→t, ch→k, qu→ku, x→ks, c→s before e/i/y and c→k elsewhere, y→i,
/// doubled letters once, the English final -e and the Indonesian final -a of -ida/-ina dropped.
/// Both sides of a comparison go through it, so the result only has to be consistent, not correct
/// Indonesian. Short words and words with digits (HCT, CTM, B12, K1) are left alone.
/// </summary>
internal static class SpellingNormaliser
{
    public static string Word(string word)
    {
        if (word.Length < 4 || word.Any(char.IsDigit)) return word;
        var respelled = Respell(word);
        var collapsed = CollapseDoubles(respelled);
        return TrimEnding(collapsed);
    }

    private static string Respell(string w)
    {
        var s = new StringBuilder(w.Length + 4);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            switch (c)
            {
                case 'p' when next == 'h':
                    s.Append('f');
                    i++;
                    break;
                case 't' when next == 'h':
                    s.Append('t');
                    i++;
                    break;
                case 'c' when next == 'h':
                    s.Append('k');
                    i++;
                    break;
                case 'q' when next == 'u':
                    s.Append("ku");
                    i++;
                    break;
                case 'q':
                    s.Append('k');
                    break;
                case 'x':
                    s.Append("ks");
                    break;
                case 'c':
                    s.Append(next is 'e' or 'i' or 'y' ? 's' : 'k');
                    break;
                case 'y':
                    s.Append('i');
                    break;
                case 'a' or 'o' when next == 'e':
                    s.Append('e');
                    i++;
                    break;
                default:
                    s.Append(c);
                    break;
            }
        }
        return s.ToString();
    }

    private static string CollapseDoubles(string w)
    {
        var s = new StringBuilder(w.Length);
        foreach (var c in w)
            if (s.Length == 0 || s[^1] != c || !char.IsLetter(c)) s.Append(c);
        return s.ToString();
    }

    private static string TrimEnding(string w)
    {
        if (w.Length > 4 && w.EndsWith('e')) return w[..^1];
        if (w.Length > 5 && (w.EndsWith("ida", StringComparison.Ordinal) || w.EndsWith("ina", StringComparison.Ordinal))) return w[..^1];
        return w;
    }
}
