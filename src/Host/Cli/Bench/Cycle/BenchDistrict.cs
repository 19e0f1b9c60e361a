using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle.Seeding;

namespace Requisition.Host.Cli.Bench.Cycle;

/// <summary>
/// The benchmark's district: <c>n</c> puskesmas without sub-units (the month runs without sub-unit requests) and a
/// synthetic catalog of generic items BENCH-0001.. with made-up names, half of them with a pack size, most of them on
/// a FORNAS list seeded with the same names so the reference checks match as they would on a real catalog.
/// </summary>
public static class BenchDistrict
{
    /// <summary>The last closed month; the benchmark plays the month after it.</summary>
    public static readonly Period LastClosed = new(2026, 9);

    public static readonly Period Month = LastClosed.AddMonths(1);

    private static readonly string[] Syllables = ["ka", "lo", "mi", "du", "ser", "ta", "pi", "ren", "zo", "bu", "ne", "fa", "gri", "sol", "va", "te", "mo", "xi", "ra", "hel"];
    private static readonly (string Form, string Unit, string Strength)[] Forms =
    [
        ("tablet", "tablet", "500 mg"), ("kapsul", "kapsul", "250 mg"), ("sirup", "botol", "125 mg/5 ml"), ("salep", "tube", "2 %"), ("tablet", "tablet", "10 mg"),
    ];

    public static DistrictPlan Plan(int puskesmas, int items)
    {
        var catalog = Items(items);
        return new DistrictPlan
        {
            IfkId = "IFK-BENCH",
            Puskesmas = Enumerable.Range(1, puskesmas).Select(i => ($"PKM-{i:D3}", $"Puskesmas Bench {i}")).ToList(),
            SubUnitsPerPuskesmas = 0,
            Items = catalog,
            Fornas = Fornas(catalog),
            LastClosedPeriod = LastClosed,
        };
    }

    /// <summary><paramref name="count"/> generic items; every other one comes in packs (of 100, 30 or 10).</summary>
    public static IReadOnlyList<SeedItem> Items(int count) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var (form, unit, strength) = Forms[i % Forms.Length];
            int? pack = i % 2 == 0 ? (i % 3) switch { 0 => 100, 1 => 30, _ => 10 } : null;
            return new SeedItem($"BENCH-{i:D4}", NameOf(i), form, strength, unit, Generic: true, pack, Price: 50m + i % 37 * 25m);
        }).ToList();

    /// <summary>Nine items in ten on the FORNAS list, under the item's own name, form and strength.</summary>
    public static IReadOnlyList<FornasEntry> Fornas(IReadOnlyList<SeedItem> items) =>
        items.Where((_, i) => i % 10 != 9)
            .Select((item, row) => new FornasEntry($"FB{row + 1}", item.Name.ToLowerInvariant(), item.Name.ToLowerInvariant(), item.Form.ToUpperInvariant(),
                item.Strength, "", Fktp: true, Essential: row % 2 == 0, Program: false, TherapeuticClass: "uji", Composition: "") { Row = row + 1 })
            .ToList();

    /// <summary>A made-up generic name, distinct for each index (the index written in syllables, and a suffix).</summary>
    private static string NameOf(int index)
    {
        var name = new System.Text.StringBuilder();
        for (var (n, count) = (index, 0); n > 0 || count < 3; n /= Syllables.Length, count++) name.Append(Syllables[n % Syllables.Length]);
        name[0] = char.ToUpperInvariant(name[0]);
        return name.Append(index % 2 == 0 ? "in" : "ol").ToString();
    }
}
