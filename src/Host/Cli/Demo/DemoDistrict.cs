using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle.Seeding;

namespace Requisition.Host.Cli.Demo;

/// <summary>
/// The demo district: one IFK and its puskesmas, named after sub-districts (kecamatan) of a West Java regency, two
/// sub-units (pustu) each, the whole catalog on every formulary, and a year of history before the cycle month.
/// </summary>
public static class DemoDistrict
{
    public const int MaxPuskesmas = 100;

    public const string IfkId = "IFK-GARUT";

    private static readonly string[] Kecamatan =
    [
        "Cibatu", "Leles", "Kadungora", "Bayongbong", "Cisurupan", "Samarang", "Wanaraja", "Malangbong", "Cikajang", "Cilawu",
        "Banyuresmi", "Karangpawitan", "Sukawening", "Bungbulang", "Cibalong", "Caringin", "Pakenjeng", "Cisompet", "Singajaya",
        "Peundeuy", "Cihurip", "Cikelet", "Mekarmukti", "Pamulihan", "Talegong", "Kersamanah", "Selaawi", "Sucinaraja", "Pangatikan",
        "Karangtengah", "Cigedug", "Sukaresmi", "Leuwigoong", "Cibiuk", "Pasirwangi", "Pameungpeuk", "Limbangan", "Tarogong",
    ];

    /// <summary>The district of <paramref name="puskesmas"/> puskesmas whose cycle runs in <paramref name="period"/>.</summary>
    public static DistrictPlan Plan(int puskesmas, Period period, DemoItems items, IReadOnlyList<FornasEntry> fornas) => new()
    {
        IfkId = IfkId,
        IfkName = "UPTD Instalasi Farmasi Kabupaten Garut",
        Puskesmas = Enumerable.Range(0, puskesmas).Select(Puskesmas).ToList(),
        SubUnitsPerPuskesmas = 2,
        Items = items.Items,
        Fornas = fornas,
        FornasEdition = "e-Fornas (scraped list shipped in data/)",
        LastClosedPeriod = period.AddMonths(-1),
    };

    private static (string Id, string Name) Puskesmas(int index) => index < Kecamatan.Length
        ? ($"PKM-{Kecamatan[index].ToUpperInvariant()}", $"Puskesmas {Kecamatan[index]}")
        : ($"PKM-{index + 1:D3}", $"Puskesmas Garut {index + 1}");
}
