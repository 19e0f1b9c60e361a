namespace Requisition.Rules.Formulary;

/// <summary>
/// Walks the tokens of a drug text once: strengths go to <see cref="ScanResult.Quantities"/>, form
/// words to <see cref="ScanResult.Family"/>, noise is dropped, and the rest (name words and the
/// separators between them) is left for <see cref="NameBuilder"/>. "Kat I" / "Kategori 1" of the TB
/// packages stays part of the name instead of being read as a strength.
/// </summary>
internal static class DrugScanner
{
    private static readonly string[] Romans = ["i", "ii", "iii", "iv"];

    public static ScanResult Scan(string cleanedText)
    {
        var tokens = DrugTokenizer.Tokenize(cleanedText);
        var name = new List<NameToken>();
        var quantities = new List<Quantity>();
        var unitless = new List<Quantity>();
        var families = new List<FormFamily>();
        var slowRelease = false;
        var injectionRoute = false;
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Number:
                    if (StrengthReader.TryRead(tokens, i) is { } read)
                    {
                        (read.IsUnitless ? unitless : quantities).AddRange(read.Quantities);
                        name.Add(new NameToken(NameTokenKind.Detail));
                        i = Math.Max(read.Next, i + 1);
                    }
                    else i++;
                    break;
                case TokenKind.Word when token.Text is "kat" or "kategori":
                    i = ReadCategory(tokens, i, name);
                    break;
                case TokenKind.Word when FormVocabulary.TryMatch(tokens, i, out var found, out var next):
                    if (found == FormFamily.ModifiedRelease) slowRelease = true;
                    else if (!families.Contains(found)) families.Add(found);
                    name.Add(new NameToken(NameTokenKind.Detail));
                    i = next;
                    break;
                case TokenKind.Word:
                    var word = SpellingNormaliser.Word(token.Text);
                    if (NameVocabulary.InjectionRoutes.Contains(word)) injectionRoute = true;
                    else if (!NameVocabulary.Noise.Contains(word) && !UnitWords.IsUnitWord(token.Text)) name.Add(NameToken.Word(word, token.Text));
                    i++;
                    break;
                default:
                    if (Separator(token) is { } separator) name.Add(new NameToken(separator));
                    i++;
                    break;
            }
        }
        // A bare number counts only when the text gives no strength with a unit ("Parasetamol 500").
        var strengths = quantities.Count > 0 ? quantities : unitless;
        // "Antasida tablet kunyah/ antasida suspensi" names two forms: the item does not say which it is.
        var family = families.Count == 1 ? families[0] : FormFamily.Unknown;
        return new ScanResult(name, strengths, FormVocabulary.Combine(family, slowRelease), injectionRoute);
    }

    private static int ReadCategory(IReadOnlyList<Token> tokens, int i, List<NameToken> name)
    {
        if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number)
        {
            name.Add(NameToken.Word($"kategori{tokens[i + 1].Text}", $"kategori {tokens[i + 1].Text}"));
            return i + 2;
        }
        if (i + 1 < tokens.Count && Array.IndexOf(Romans, tokens[i + 1].Text) is var roman and >= 0)
        {
            name.Add(NameToken.Word($"kategori{roman + 1}", $"kategori {roman + 1}"));
            return i + 2;
        }
        return i + 1;
    }

    private static NameTokenKind? Separator(Token token) => token.Text switch
    {
        "+" or ";" or "&" => NameTokenKind.Plus,
        "," => NameTokenKind.Comma,
        "/" => NameTokenKind.Slash,
        ":" => NameTokenKind.Colon,
        _ => null,
    };
}
