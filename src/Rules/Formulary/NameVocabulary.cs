using System.Collections.Frozen;

namespace Requisition.Rules.Formulary;

/// <summary>
/// The words that are not the drug: noise to drop, salts and qualifiers to try without, markers of a
/// combination's ingredient list, and the synonyms that make two names the same drug. All lists are
/// written as people write them and normalised once here, so they compare with normalised names.
/// </summary>
internal static class NameVocabulary
{
    /// <summary>Edition markers, salt notes, pack words and routes: never part of the drug's name.</summary>
    public static readonly FrozenSet<string> Noise = Normalised(
        "doen", "generik", "hcl", "hci", "hbr", "sebagai", "forte", "kdt", "fdc", "setiap", "dosis", "infltr",
        "infiltrasi", "dewasa", "botol", "btl", "tube", "pot", "sachet", "strip", "box", "dus", "paket", "kantong",
        "pouch", "kemasan", "refill", "salut", "selaput", "enterik", "gula", "kunyah", "lunak", "kering", "sublingual",
        "dispersible", "dispersibel", "obat", "i", "ii", "iii");

    /// <summary>Routes: drop them, but an item saying "i.v." or "i.m." is an injection.</summary>
    public static readonly FrozenSet<string> InjectionRoutes = Normalised("iv", "im", "sc", "intravena", "intramuskular", "subkutan");

    /// <summary>Words that open the ingredient list of a combination: "kombinasi:", "mengandung".</summary>
    public static readonly FrozenSet<string> CombinationMarkers = Normalised("kombinasi", "komb", "mengandung", "kandungan", "berisi", "terdiri");

    /// <summary>"dan", "and": join the ingredients of a combination like '+'.</summary>
    public static readonly FrozenSet<string> Conjunctions = Normalised("dan", "and", "with");

    /// <summary>
    /// Salts and qualifiers: a name is tried without them when it is not found as written
    /// ("Atropin Sulfat" finds FORNAS "atropin", "Pirantel" finds "pirantel pamoat").
    /// </summary>
    public static readonly FrozenSet<string> Strippable = Normalised(
        "maleat", "sulfat", "fosfat", "natrium", "kalium", "mesilat", "besilat", "asetat", "tartrat", "sitrat",
        "dihidrat", "monohidrat", "trihidrat", "anhidrat", "pamoat", "fumarat", "suksinat", "hidroklorida",
        "hidrobromida", "bromida", "nitrat", "propionat", "dipropionat", "furoat", "valerat", "asetonid", "palmitat",
        "na", "anak", "pediatrik");

    /// <summary>
    /// Other names of the same drug (or, for "DHP", of the same combination), as phrases. The replacement
    /// is itself read as a name, so it may hold '+' and '/'.
    /// </summary>
    public static readonly IReadOnlyList<(string[] Phrase, NameToken[] Replacement)> Synonyms = BuildSynonyms(new()
    {
        ["vitamin c"] = "asam askorbat", ["vit c"] = "asam askorbat",
        ["vitamin b1"] = "tiamin", ["vit b1"] = "tiamin",
        ["vitamin b6"] = "piridoksin", ["vit b6"] = "piridoksin",
        ["vitamin b12"] = "sianokobalamin", ["vit b12"] = "sianokobalamin",
        ["vitamin k1"] = "fitomenadion", ["vit k1"] = "fitomenadion", ["vitamin k"] = "fitomenadion", ["vit k"] = "fitomenadion",
        ["vitamin a"] = "retinol", ["vit a"] = "retinol",
        ["vitamin d3"] = "kolekalsiferol", ["vit d3"] = "kolekalsiferol",
        ["vitamin b complex"] = "vitamin b kompleks", ["vit b kompleks"] = "vitamin b kompleks", ["b kompleks"] = "vitamin b kompleks",
        ["ctm"] = "klorfeniramin", ["hct"] = "hidroklorotiazid",
        ["adrenalin"] = "epinefrin", ["adrenaline"] = "epinefrin",
        ["acetaminophen"] = "parasetamol", ["asetaminofen"] = "parasetamol",
        ["aspirin"] = "asam asetilsalisilat", ["asetosal"] = "asam asetilsalisilat",
        ["dhp"] = "dihidroartemisinin + piperakuin", ["dehidro artemisin"] = "dihidroartemisinin",
        ["obat anti tuberkulosis"] = "oat", ["obat anti tuberculosis"] = "oat", ["obat antituberkulosis"] = "oat",
        ["anti tuberkulosis"] = "oat",
        ["ferro"] = "fe", ["ferrous"] = "fe", ["fero"] = "fe",
        ["sodium"] = "natrium", ["potassium"] = "kalium", ["aluminum"] = "aluminium",
        ["natrium tiroksin"] = "levotiroksin", ["tiroksin"] = "levotiroksin", ["levothyroxine sodium"] = "levotiroksin",
        ["hep"] = "hepatitis", ["dtp"] = "dpt", ["co trimoxazole"] = "kotrimoksazol", ["co trimoksazol"] = "kotrimoksazol",
        ["tambah darah"] = "fe sulfat/fe fumarat/fe glukonat + asam folat",
        ["ttd"] = "fe sulfat/fe fumarat/fe glukonat + asam folat",
        ["oralit"] = "garam oralit", ["garam oralit"] = "garam oralit",
    });

    /// <summary>Combination keys that name a single FORNAS drug: sulfamethoxazole + trimethoprim is kotrimoksazol.</summary>
    public static readonly FrozenDictionary<string, string> CombinationSynonyms = new Dictionary<string, string>
    {
        [$"{Key("sulfametoksazol")}+{Key("trimetoprim")}"] = Key("kotrimoksazol"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Key(string words) =>
        string.Concat(DrugTokenizer.Tokenize(DrugText.Clean(words)).Select(t => SpellingNormaliser.Word(t.Text)));

    private static FrozenSet<string> Normalised(params string[] words) =>
        words.Select(SpellingNormaliser.Word).ToFrozenSet(StringComparer.Ordinal);

    private static IReadOnlyList<(string[], NameToken[])> BuildSynonyms(Dictionary<string, string> table) =>
        table.Select(p => (Words(p.Key), Replacement(p.Value)))
            .OrderByDescending(p => p.Item1.Length)
            .ThenBy(p => string.Join(' ', p.Item1), StringComparer.Ordinal)
            .ToList();

    private static string[] Words(string phrase) =>
        DrugTokenizer.Tokenize(DrugText.Clean(phrase)).Select(t => SpellingNormaliser.Word(t.Text)).ToArray();

    private static NameToken[] Replacement(string text) =>
        DrugTokenizer.Tokenize(DrugText.Clean(text)).Select(t => t.Kind switch
        {
            TokenKind.Symbol when t.Text == "+" => new NameToken(NameTokenKind.Plus),
            TokenKind.Symbol when t.Text == "/" => new NameToken(NameTokenKind.Slash, NameToken.FromVocabulary),
            _ => NameToken.Word(SpellingNormaliser.Word(t.Text), t.Text),
        }).ToArray();
}
