namespace Requisition.Rules.Formulary;

/// <summary>
/// Turns the name tokens of a drug text into ingredients: synonyms replaced, the head split from the
/// ingredient list of a combination, ingredients split at '+', ';' and "dan", alternatives at '/',
/// and a name after '/' that follows the strength or form set aside as a brand.
/// </summary>
internal static class NameBuilder
{
    public static BuiltName Build(IReadOnlyList<NameToken> tokens)
    {
        var replaced = ApplySynonyms(tokens);
        var marker = replaced.FindIndex(t => t.IsWord && NameVocabulary.CombinationMarkers.Contains(t.Text));
        var head = marker < 0 ? replaced : replaced[..marker];
        var rest = marker < 0 ? [] : replaced[(marker + 1)..].Where(t => !(t.IsWord && NameVocabulary.CombinationMarkers.Contains(t.Text))).ToList();

        var colon = head.FindIndex(t => t.Kind == NameTokenKind.Colon);
        var colonAlias = colon < 0 ? [] : head[(colon + 1)..];
        if (colon >= 0) head = head[..colon];

        var brands = new List<DrugName>();
        return new BuiltName(
            Components(head, splitAtComma: false, brands),
            Components(rest, splitAtComma: true, brands),
            Components(colonAlias, splitAtComma: false, brands),
            brands);
    }

    private static List<NameToken> ApplySynonyms(IReadOnlyList<NameToken> tokens)
    {
        var result = new List<NameToken>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            var replaced = false;
            if (tokens[i].IsWord)
            {
                foreach (var (phrase, replacement) in NameVocabulary.Synonyms)
                {
                    if (!StartsWith(tokens, i, phrase)) continue;
                    result.AddRange(replacement);
                    i += phrase.Length;
                    replaced = true;
                    break;
                }
            }
            if (replaced) continue;
            result.Add(tokens[i]);
            i++;
        }
        return result;
    }

    private static bool StartsWith(IReadOnlyList<NameToken> tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Count) return false;
        for (var k = 0; k < phrase.Length; k++)
            if (!tokens[start + k].IsWord || tokens[start + k].Text != phrase[k]) return false;
        return true;
    }

    private static DrugName Components(List<NameToken> tokens, bool splitAtComma, List<DrugName> brands)
    {
        var components = new List<NameComponent>();
        var current = new List<NameToken>();
        foreach (var token in tokens)
        {
            var splits = token.Kind == NameTokenKind.Plus
                || (splitAtComma && token.Kind == NameTokenKind.Comma)
                || (token.IsWord && NameVocabulary.Conjunctions.Contains(token.Text));
            if (!splits)
            {
                current.Add(token);
                continue;
            }
            AddComponent(current, dropEnumerator: splitAtComma, components, brands);
            current = [];
        }
        AddComponent(current, dropEnumerator: splitAtComma, components, brands);
        return components.Count == 0 ? DrugName.Empty : new DrugName(components);
    }

    private static void AddComponent(List<NameToken> tokens, bool dropEnumerator, List<NameComponent> components, List<DrugName> brands)
    {
        var alternatives = new List<NameWord[]>();
        var part = new List<NameWord>();
        var detailBefore = false;
        var brandFrom = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == NameTokenKind.Detail) detailBefore = true;
            if (token.Kind == NameTokenKind.Slash)
            {
                alternatives.Add([.. part]);
                part.Clear();
                // A name after '/' that follows the strength or form, with no strength or form of its own, is a brand.
                var detailAfter = tokens.Skip(i + 1).Any(t => t.Kind == NameTokenKind.Detail);
                if (brandFrom < 0 && detailBefore && !detailAfter && token.Text != NameToken.FromVocabulary) brandFrom = alternatives.Count;
            }
            if (token.IsWord) part.Add(new NameWord(token.Text, token.Shown));
        }
        alternatives.Add([.. part]);

        var cleaned = alternatives
            .Select(a => dropEnumerator && a.Length > 1 && a[0].Key.Length == 1 ? a[1..] : a)
            .ToList();
        if (brandFrom >= 0)
        {
            brands.AddRange(cleaned.Skip(brandFrom).Where(a => a.Length > 0).Select(a => new DrugName([new NameComponent([a])])));
            cleaned = cleaned.Take(brandFrom).ToList();
        }
        var kept = cleaned.Where(a => a.Length > 0).ToList();
        if (kept.Count > 0) components.Add(new NameComponent(kept));
    }
}
