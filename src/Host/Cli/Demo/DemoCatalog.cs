using System.Globalization;
using System.Text.RegularExpressions;
using Requisition.Rules.Facts;
using Requisition.Rules.Formulary;
using Requisition.Workflows.Cycle.Seeding;
using Requisition.Workflows.DataFiles;

namespace Requisition.Host.Cli.Demo;

/// <summary>
/// Builds the demo catalog from the West Java "150 item obat dan vaksin" IFK monitoring list (no, nama_obat, satuan):
/// each item is matched to FORNAS by its name, and a matched item takes the FORNAS form and strength, kept only when
/// the item as catalogued (name, form, strength, unit of issue) still matches the same FORNAS row, so the cycle's own
/// matching agrees with the demo's, and FORNAS's strength reads as the one the name states. Unmatched items stay as the list names them. Every name on the list is a generic
/// (INN) name, and FORNAS itself lists generics only, so every item is generic; FORNAS's programme flag, a vaccine or
/// a TB kit makes it a programme item. Prices and pack sizes follow <see cref="ItemPricing"/>.
/// </summary>
public static partial class DemoCatalog
{
    public const string ItemsFile = "jabar_monitoring_150_item_obat_vaksin_ifk.csv";

    public static DemoItems Build(CsvTable list, IReadOnlyList<FornasEntry> fornas)
    {
        var columns = Columns(list);
        var matcher = new FornasMatcher(fornas);
        var items = new List<SeedItem>(list.Records.Count);
        var notMatched = new List<string>();
        var matched = 0;
        foreach (var record in list.Records)
        {
            var number = Field(record, columns.No);
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var no) || no < 1)
                throw new DataFileException(new DataFileError(list.FileName, record.Line, "no", $"'{number}' is not an item number"));
            var code = $"OBT-{no:D3}";
            var name = Clean(Field(record, columns.Name));
            var match = matcher.Match(new ItemDescription(code, name));
            var entry = match.Outcome is MatchOutcome.Matched or MatchOutcome.Confirmed ? match.Entry : null;
            var unit = UnitOfIssue(Clean(Field(record, columns.Unit)), name, entry);
            var (form, strength) = ("", "");
            if (entry is not null)
            {
                var again = matcher.Match(new ItemDescription(code, name, FormOf(entry), StrengthOf(entry), unit));
                if (again.Entry?.Row == entry.Row && SameStrength(match.Signature, entry)) (form, strength) = (FormOf(entry), StrengthOf(entry));
                matched++;
            }
            else
            {
                notMatched.Add(name);
            }
            var vaccine = name.StartsWith("Vaksin", StringComparison.OrdinalIgnoreCase);
            var programme = vaccine || (entry?.Program ?? false) || name.StartsWith("Obat Anti Tuberculosis", StringComparison.OrdinalIgnoreCase);
            items.Add(new SeedItem(code, name, form, strength, unit, Generic: true, ItemPricing.PackSize(unit),
                ItemPricing.Price(code, unit, vaccine), programme));
        }
        var repeated = items.GroupBy(i => i.Code).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new DataFileException(new DataFileError(list.FileName, 0, "no", $"item number {repeated.Key[4..]} appears twice"));
        return new DemoItems(items, matched, notMatched);
    }

    /// <summary>
    /// The name states no strength, or FORNAS's strength columns read as the same quantity. Not so where the e-Fornas
    /// export stores grams as "1 MILIGRAM" (the matcher reads them as grams): copying that would print a wrong strength.
    /// </summary>
    private static bool SameStrength(string itemSignature, FornasEntry entry)
    {
        static string StrengthPart(string signature) => signature[(signature.LastIndexOf('|') + 1)..];
        var named = StrengthPart(itemSignature);
        return named is "?" or "" || named == StrengthPart(DrugSignature.Of(entry.Name, entry.Form, entry.Strength, entry.Unit));
    }

    /// <summary>The FORNAS form as a pharmacist writes it ("tablet salut selaput"); blank for FORNAS's "N/A".</summary>
    private static string FormOf(FornasEntry entry) => Known(entry.Form) ? entry.Form.Trim().ToLowerInvariant() : "";

    /// <summary>The FORNAS strength with its unit abbreviated: "250 MILIGRAM / 5 MILILITER" as "250 mg/5 ml".</summary>
    private static string StrengthOf(FornasEntry entry)
    {
        if (!Known(entry.Strength)) return "";
        var unit = Known(entry.Unit) ? entry.Unit.ToUpperInvariant() : "";
        unit = unit.Replace("INTERNASIONAL UNIT", "IU", StringComparison.Ordinal)
            .Replace("MILIGRAM", "mg", StringComparison.Ordinal)
            .Replace("MICROGRAM", "mcg", StringComparison.Ordinal)
            .Replace("MILILITER", "ml", StringComparison.Ordinal)
            .Replace("GRAM", "g", StringComparison.Ordinal)
            .Replace("PERSEN", "%", StringComparison.Ordinal)
            .Replace(" / ", "/", StringComparison.Ordinal);
        return $"{entry.Strength.Trim()} {unit.ToLowerInvariant()}".Trim();
    }

    /// <summary>The list's satuan, lower case; where the list leaves it blank, read from the form.</summary>
    private static string UnitOfIssue(string listed, string name, FornasEntry? entry)
    {
        if (listed.Length > 0) return listed.ToLowerInvariant();
        var form = $"{entry?.Form} {name}".ToLowerInvariant();
        if (form.Contains("injeksi", StringComparison.Ordinal) || form.Contains('%', StringComparison.Ordinal)) return "ampul";
        if (form.Contains("tablet", StringComparison.Ordinal)) return "tablet";
        if (form.Contains("tuberculosis", StringComparison.Ordinal)) return "paket";
        return "unit";
    }

    private static bool Known(string? text) => !string.IsNullOrWhiteSpace(text) && !text.Trim().Equals("N/A", StringComparison.OrdinalIgnoreCase);

    /// <summary>The list writes line breaks inside names as a literal "\n"; names are kept on one line.</summary>
    private static string Clean(string text) => Spaces().Replace(text.Replace("\\n", " ", StringComparison.Ordinal), " ").Trim();

    private static string Field(CsvRecord record, int index) => index < record.Fields.Count ? record.Fields[index] : "";

    private static (int No, int Name, int Unit) Columns(CsvTable list)
    {
        int Find(string header) => list.Headers.ToList().FindIndex(h => h.Equals(header, StringComparison.OrdinalIgnoreCase)) is var i and >= 0
            ? i
            : throw new DataFileException(new DataFileError(list.FileName, 1, null, $"has no column '{header}' (expected no, nama_obat, satuan)"));
        return (Find("no"), Find("nama_obat"), Find("satuan"));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
