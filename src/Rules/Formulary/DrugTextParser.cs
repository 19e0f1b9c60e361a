namespace Requisition.Rules.Formulary;

/// <summary>
/// Reads a drug as written: a facility's name with form and strength inside it ("Amoksisilin kaplet
/// 500 mg", "Amitriptilin tablet salut 25 mg (HCl)"), with the form and strength columns when kept
/// apart, or a FORNAS or DOEN name. Columns win for strength; the name wins for form, since "tablet
/// salut" in a name says more than "Tablet" in a column. A text naming two forms ("tablet/vial") states none.
/// </summary>
internal static class DrugTextParser
{
    public static ParsedDrug Parse(string? name, string? form = null, string? strength = null)
    {
        var (main, inner) = DrugText.SplitParentheses(DrugText.Clean(name));
        var scan = DrugScanner.Scan(main);
        var built = NameBuilder.Build(scan.Name);

        var aliases = new List<DrugName>();
        if (!built.ColonAlias.IsEmpty) aliases.Add(built.ColonAlias);
        Strength? innerStrength = null;
        foreach (var text in inner)
        {
            var innerScan = DrugScanner.Scan(text);
            var innerName = NameBuilder.Build(innerScan.Name);
            aliases.AddRange(new[] { innerName.Head, innerName.Mixture }.Where(n => !n.IsEmpty));
            innerStrength ??= StrengthParser.Assemble(innerScan.Quantities);
        }

        var family = scan.Family;
        if (family == FormFamily.Unknown && FormVocabulary.FamiliesOf(form) is [var only]) family = only;
        if (family == FormFamily.Unknown && scan.InjectionRoute) family = FormFamily.Injection;

        var parsedStrength = StrengthParser.FromText(strength) ?? StrengthParser.Assemble(scan.Quantities) ?? innerStrength;
        return new ParsedDrug(built.Head, built.Mixture, aliases, built.Brands, family, parsedStrength);
    }
}
