using Requisition.Rules.Facts;
using Requisition.Rules.Formulary;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.Formulary;

/// <summary>
/// The real reference lists shipped in <c>data/</c>, read once per test run: the e-Fornas export and
/// the West Java "150 item obat dan vaksin" IFK monitoring list (no, nama_obat, satuan).
/// </summary>
internal static class RealLists
{
    private static readonly Lazy<IReadOnlyList<FornasEntry>> LazyFornas =
        new(() => FornasCsv.Read(CsvTable.Load(DataPath("fornas_efornas_scrape_darsi.csv"))));

    private static readonly Lazy<FornasMatcher> LazyMatcher = new(() => new FornasMatcher(Fornas));

    private static readonly Lazy<IReadOnlyList<ItemDescription>> LazyJabar150 = new(ReadJabar150);

    public static IReadOnlyList<FornasEntry> Fornas => LazyFornas.Value;

    public static FornasMatcher Matcher => LazyMatcher.Value;

    /// <summary>
    /// The 150 items as a facility would describe them: the name as written, and the satuan as the form
    /// (it is "Tablet", "Kapsul", "Vial" for most; pack words such as "Botol" say nothing of the form).
    /// </summary>
    public static IReadOnlyList<ItemDescription> Jabar150 => LazyJabar150.Value;

    public static ItemDescription Jabar(int no) => Jabar150[no - 1];

    private static IReadOnlyList<ItemDescription> ReadJabar150()
    {
        var table = CsvTable.Load(DataPath("jabar_monitoring_150_item_obat_vaksin_ifk.csv"));
        return table.Records
            .Select(r => new ItemDescription($"JABAR-{r.Fields[0]}", r.Fields[1].Replace("\\n", "\n"), r.Fields[2]))
            .ToList();
    }

    private static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "data", file);
}
