using System.Collections.Frozen;

namespace Requisition.Rules.Formulary;

/// <summary>
/// The words facilities and FORNAS use for dosage forms (sediaan), each mapped to its family.
/// "tab", "tablet", "kaplet" and "tablet salut" are one family; "sirup", "sirup kering" and "suspensi"
/// another; "injeksi", "ampul" and "vial" another. The longest phrase at a position wins, so
/// "salep mata" is an eye ointment and "tablet vaginal" a vaginal tablet.
/// </summary>
internal static class FormVocabulary
{
    private const int LongestPhrase = 5;

    private static readonly FrozenDictionary<string, FormFamily> Phrases = Build(new()
    {
        [FormFamily.Tablet] =
        [
            "tablet", "tab", "tabl", "tabs", "tablets", "kaplet", "caplet", "kaptab", "tablet salut", "tablet salut selaput",
            "tablet salut film", "tablet salut gula", "tablet salut enterik", "tablet kunyah", "tablet dispersible",
            "tablet dispersibel", "tablet sublingual", "tablet effervescent", "kaplet salut", "kaplet salut selaput",
            "kaplet salut enterik", "tab salut", "tab kunyah", "tab salut selaput", "tab salut gula",
        ],
        [FormFamily.Capsule] =
        [
            "kapsul", "kaps", "kap", "caps", "capsule", "capsules", "kapsul lunak", "kaps lunak", "kapsul keras",
            "kapsul dalam minyak", "softgel",
        ],
        [FormFamily.ModifiedRelease] =
        [
            "pelepasan lambat", "lepas lambat", "retard", "sr", "xr", "tablet pelepasan lambat", "tablet lepas lambat",
            "kapsul pelepasan lambat", "kapsul lepas lambat", "tablet salut enterik pelepasan lambat", "granul pelepasan lambat",
        ],
        [FormFamily.OralLiquid] =
        [
            "sirup", "sir", "syr", "syrup", "sirop", "sirup kering", "dry syrup", "suspensi", "susp", "suspension",
            "drop", "drops", "tetes", "oral drops", "tetes oral", "eliksir", "elixir", "emulsi", "larutan oral",
            "oral solution", "larutan oral concentrate",
        ],
        [FormFamily.Injection] =
        [
            "injeksi", "inj", "injection", "serbuk injeksi", "cairan injeksi", "ampul", "amp", "ampula", "ampoule",
            "vial", "flakon", "prefilled", "uniject",
        ],
        [FormFamily.Infusion] = ["infus", "infusion", "inf"],
        [FormFamily.Topical] =
        [
            "salep", "zalf", "ointment", "krim", "cream", "gel", "lotio", "lotion", "pasta", "salep kulit",
            "sediaan topikal", "spray topikal", "obat luar", "bedak",
        ],
        [FormFamily.EyeDrops] = ["tetes mata", "eye drops", "obat tetes mata"],
        [FormFamily.EyeOintment] = ["salep mata", "gel mata", "eye ointment"],
        [FormFamily.EarDrops] = ["tetes telinga", "ear drops"],
        [FormFamily.Nasal] = ["tetes hidung", "semprot hidung", "nasal spray", "spray hidung"],
        [FormFamily.Inhalation] =
        [
            "inhalasi", "cairan inhalasi", "serbuk inhalasi", "inhaler", "aerosol", "metered dose inhaler", "mdi",
            "nebul", "nebules", "respules", "rotahaler", "turbuhaler", "breezhaler",
        ],
        [FormFamily.Rectal] = ["supositoria", "suppositoria", "supp", "sup", "enema", "rektal"],
        [FormFamily.Vaginal] = ["ovula", "tablet vaginal", "vaginal"],
        [FormFamily.Powder] = ["serbuk", "bubuk", "puyer", "granul", "granula", "pulvis", "powder"],
        [FormFamily.Solution] = ["larutan", "cairan", "tingtur", "solution", "obat kumur", "larutan obat kumur", "scalp solution", "spray"],
        [FormFamily.Implant] = ["implant", "implan"],
        [FormFamily.Patch] = ["patch", "plester", "tulle", "koyo"],
    });

    /// <summary>
    /// Reads a form phrase at token <paramref name="i"/>. A slow-release phrase ("retard", "SR") reports
    /// <see cref="FormFamily.ModifiedRelease"/>; the caller applies it to the tablet or capsule around it.
    /// </summary>
    public static bool TryMatch(IReadOnlyList<Token> tokens, int i, out FormFamily family, out int next)
    {
        family = FormFamily.Unknown;
        next = i;
        for (var length = Math.Min(LongestPhrase, tokens.Count - i); length >= 1; length--)
        {
            if (!AllWords(tokens, i, length)) continue;
            var phrase = string.Join(' ', Enumerable.Range(i, length).Select(k => tokens[k].Text));
            if (!Phrases.TryGetValue(phrase, out family)) continue;
            next = i + length;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The families a form text names: a catalog <c>form</c> ("Kaplet", "Vial") or a FORNAS <c>sediaan</c>,
    /// where "TABLET/KAPSUL" names two. Empty when the text names no form (pack words, "N/A").
    /// </summary>
    public static IReadOnlyList<FormFamily> FamiliesOf(string? text)
    {
        var families = new List<FormFamily>();
        foreach (var part in DrugText.Clean(text).Split('/'))
        {
            var tokens = DrugTokenizer.Tokenize(part);
            var family = FormFamily.Unknown;
            var slowRelease = false;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!TryMatch(tokens, i, out var found, out var next)) continue;
                if (found == FormFamily.ModifiedRelease) slowRelease = true;
                else if (family == FormFamily.Unknown) family = found;
                i = next - 1;
            }
            family = Combine(family, slowRelease);
            if (family != FormFamily.Unknown && !families.Contains(family)) families.Add(family);
        }
        return families;
    }

    /// <summary>A slow-release tablet or capsule is its own family; slow release of anything else changes nothing.</summary>
    public static FormFamily Combine(FormFamily family, bool slowRelease) =>
        slowRelease && family is FormFamily.Tablet or FormFamily.Capsule or FormFamily.Unknown or FormFamily.Powder
            ? FormFamily.ModifiedRelease
            : family;

    private static bool AllWords(IReadOnlyList<Token> tokens, int start, int length)
    {
        for (var k = start; k < start + length; k++)
            if (tokens[k].Kind != TokenKind.Word) return false;
        return true;
    }

    private static FrozenDictionary<string, FormFamily> Build(Dictionary<FormFamily, string[]> byFamily) =>
        byFamily.SelectMany(p => p.Value.Select(phrase => (phrase, p.Key)))
            .ToFrozenDictionary(x => x.phrase, x => x.Key, StringComparer.Ordinal);
}
