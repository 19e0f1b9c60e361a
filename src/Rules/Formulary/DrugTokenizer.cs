namespace Requisition.Rules.Formulary;

/// <summary>
/// Splits cleaned drug text into words, numbers and symbols. "500mg" is a number and a word; "b12",
/// "k1" and "d3" stay one word; "100.000" and "0,5" stay one number (see <see cref="NumberText"/>).
/// </summary>
internal static class DrugTokenizer
{
    private const string Symbols = "/+%:-,;&@<>";

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || IsNumberSeparator(text, i))) i++;
                tokens.Add(new Token(TokenKind.Number, text[start..i]));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                tokens.Add(new Token(TokenKind.Word, text[start..i]));
            }
            else
            {
                if (Symbols.Contains(c)) tokens.Add(new Token(TokenKind.Symbol, c.ToString()));
                i++;
            }
        }
        return tokens;
    }

    /// <summary>A '.' or ',' between two digits belongs to the number ("0,5", "100.000").</summary>
    private static bool IsNumberSeparator(string text, int i) =>
        text[i] is '.' or ',' && i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]);
}
