using System.Collections.Frozen;

namespace Requisition.Rules.Formulary;

/// <summary>
/// The unit words of drug strengths, Indonesian and English, as facilities and the e-Fornas export
/// write them: mg/miligram, g/gram (= 1000 mg), mcg/ug/mikrogram (= 0.001 mg), IU/UI/unit, ml, %.
/// </summary>
internal static class UnitWords
{
    private static readonly FrozenDictionary<string, UnitWord> Single = new Dictionary<string, UnitWord>
    {
        ["mg"] = Mass("mg", 1m), ["miligram"] = Mass("mg", 1m), ["milligram"] = Mass("mg", 1m), ["mgr"] = Mass("mg", 1m),
        ["g"] = Mass("g", 1000m), ["gr"] = Mass("g", 1000m), ["gram"] = Mass("g", 1000m), ["gm"] = Mass("g", 1000m),
        ["mcg"] = Mass("mcg", 0.001m), ["ug"] = Mass("mcg", 0.001m), ["mikrogram"] = Mass("mcg", 0.001m),
        ["microgram"] = Mass("mcg", 0.001m), ["mcgr"] = Mass("mcg", 0.001m),
        ["iu"] = Iu(), ["ui"] = Iu(), ["unit"] = Iu(), ["units"] = Iu(), ["u"] = Iu(),
        ["ml"] = Volume(1m), ["mililiter"] = Volume(1m), ["milliliter"] = Volume(1m), ["cc"] = Volume(1m), ["liter"] = Volume(1000m),
        ["persen"] = Percent(), ["percent"] = Percent(),
        ["mmol"] = Other("mmol"), ["milimol"] = Other("mmol"), ["meq"] = Other("meq"), ["lf"] = Other("lf"),
        ["tu"] = Other("tu"), ["mbq"] = Other("mbq"), ["megabecquerel"] = Other("mbq"),
        ["ds"] = Pack(), ["dosis"] = Pack(), ["dose"] = Pack(), ["doses"] = Pack(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, UnitWord> Double = new Dictionary<string, UnitWord>
    {
        ["internasional unit"] = Iu(2), ["international unit"] = Iu(2), ["international units"] = Iu(2),
        ["limes flocculation"] = Other("lf", 2), ["tuberculin unit"] = Other("tu", 2), ["antifactor xa"] = Other("axa", 2),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (PerKind Kind, decimal Factor)> Pers = new Dictionary<string, (PerKind, decimal)>
    {
        ["ml"] = (PerKind.Volume, 1m), ["mililiter"] = (PerKind.Volume, 1m), ["milliliter"] = (PerKind.Volume, 1m),
        ["cc"] = (PerKind.Volume, 1m), ["liter"] = (PerKind.Volume, 1000m),
        ["g"] = (PerKind.Volume, 1m), ["gr"] = (PerKind.Volume, 1m), ["gram"] = (PerKind.Volume, 1m),
        ["vial"] = (PerKind.Piece, 1m), ["ampul"] = (PerKind.Piece, 1m), ["amp"] = (PerKind.Piece, 1m),
        ["ampula"] = (PerKind.Piece, 1m), ["flakon"] = (PerKind.Piece, 1m), ["tab"] = (PerKind.Piece, 1m),
        ["tablet"] = (PerKind.Piece, 1m), ["kaplet"] = (PerKind.Piece, 1m), ["kapsul"] = (PerKind.Piece, 1m),
        ["kaps"] = (PerKind.Piece, 1m), ["botol"] = (PerKind.Piece, 1m), ["tube"] = (PerKind.Piece, 1m),
        ["sachet"] = (PerKind.Piece, 1m), ["depot"] = (PerKind.Piece, 1m), ["supp"] = (PerKind.Piece, 1m),
        ["pen"] = (PerKind.Piece, 1m), ["kemasan"] = (PerKind.Piece, 1m), ["reaction"] = (PerKind.Piece, 1m),
        ["dosis"] = (PerKind.Dose, 1m), ["dose"] = (PerKind.Dose, 1m), ["puff"] = (PerKind.Dose, 1m),
        ["semprot"] = (PerKind.Dose, 1m), ["semprotan"] = (PerKind.Dose, 1m), ["spray"] = (PerKind.Dose, 1m),
        ["hisap"] = (PerKind.Dose, 1m), ["aktuasi"] = (PerKind.Dose, 1m), ["actuation"] = (PerKind.Dose, 1m),
        ["jam"] = (PerKind.Time, 1m), ["hour"] = (PerKind.Time, 1m),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Reads the unit starting at token <paramref name="i"/>, if there is one.</summary>
    public static bool TryRead(IReadOnlyList<Token> tokens, int i, out UnitWord unit)
    {
        unit = default;
        if (i >= tokens.Count) return false;
        if (tokens[i].IsSymbol('%'))
        {
            unit = Percent();
            return true;
        }
        if (tokens[i].Kind != TokenKind.Word) return false;
        if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word
            && Double.TryGetValue($"{tokens[i].Text} {tokens[i + 1].Text}", out unit))
            return true;
        return Single.TryGetValue(tokens[i].Text, out unit);
    }

    /// <summary>Reads the word after a '/' (and its count): "ml", "5 ml", "vial", "dosis".</summary>
    public static bool TryReadPer(string word, out PerKind kind, out decimal factor)
    {
        var found = Pers.TryGetValue(word, out var per);
        (kind, factor) = per;
        return found;
    }

    /// <summary>A unit word standing without a number ("mg" left over in a name): never part of a drug name.</summary>
    public static bool IsUnitWord(string word) => Single.ContainsKey(word) && word is not ("u" or "g");

    private static UnitWord Mass(string display, decimal factor) => new(UnitKind.Mass, "mg", factor, display, 1);

    private static UnitWord Iu(int words = 1) => new(UnitKind.InternationalUnit, "iu", 1m, "IU", words);

    private static UnitWord Volume(decimal factor) => new(UnitKind.Volume, "ml", factor, factor == 1m ? "ml" : "l", 1);

    private static UnitWord Percent() => new(UnitKind.Percent, "%", 1m, "%", 1);

    private static UnitWord Other(string code, int words = 1) => new(UnitKind.Other, code, 1m, code, words);

    private static UnitWord Pack() => new(UnitKind.PackSize, "dosis", 1m, "ds", 1);
}
