using Requisition.Rules.Formulary;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.Formulary;

public sealed class ExploreDump
{
    [Fact]
    public void Dump()
    {
        Write(RealLists.Jabar150, "/tmp/art-matching-dump.txt");
        var t = CsvTable.Load("/work/main/data/jabar_monitoring_40_item_obat_puskesmas.csv");
        Write(t.Records.Select(r => new ItemDescription($"J40-{r.Fields[0]}", r.Fields[1], r.Fields[2])).ToList(), "/tmp/art-matching-dump40.txt");
        var extra = new[] { "Amoxicillin 500mg / Amoxsan", "Paracetamol tab", "Kotrimoksazol 480 mg", "Albendazol /Pirantel Pamoat",
            "Sanmol", "Panadol 500 mg", "Xyzzy forte 500 mg", "Amoksisilin", "Amoksisilin kapsul 500 mg", "Seftriakson injeksi 1 g",
            "Co-trimoxazole 960 mg tablet", "Ciprofloxacin 500mg", "Chlorpheniramine maleate 4 mg", "Vitamin C 50 mg", "Glibenclamide 5 mg tab",
            "Oralit 200", "Nifedipin retard 20 mg", "Amoksisilin + asam klavulanat injeksi 1000 mg/200 mg", "Tablet tambah darah", "Salbutamol"};
        Write(extra.Select((n, i) => new ItemDescription($"X{i}", n)).ToList(), "/tmp/art-matching-dumpx.txt");
    }

    private static void Write(IReadOnlyList<ItemDescription> items, string path)
    {
        var lines = items.Select(i =>
        {
            var m = RealLists.Matcher.Match(i);
            return $"{i.DrugCode}\t{m.Outcome}\t{m.Confidence}\t{m.Entry?.Row}\t{i.Name.Replace("\n", " ")}\t[{i.Form}]\t{m.Signature}\n\t{m.Reason}\n\tCAND: {string.Join(" | ", m.Candidates.Take(4).Select(c => c.Row + " " + c.Name + " " + c.Form + " " + c.Strength + " " + c.Unit))}";
        });
        File.WriteAllLines(path, lines);
    }
}
