namespace Requisition.Host.Cli.Demo;

/// <summary>
/// The demo's made-up but plausible unit prices (harga satuan) and pack sizes (isi kemasan). The rule: the unit of
/// issue (satuan) decides a price band in rupiah, roughly the order of magnitude of e-katalog prices for a puskesmas
/// (a tablet a few hundred rupiah, a syrup bottle some thousands, a vaccine vial tens of thousands, a TB patient kit
/// hundreds of thousands); where in the band an item lies comes from a hash of its code, in steps of Rp 50, so every
/// run and every machine gives the same price. Tablets, caplets and capsules come in packs of 100; nothing else has a
/// pack size (bottles, vials, tubes and kits are issued one by one).
/// </summary>
public static class ItemPricing
{
    private const int Step = 50;

    /// <summary>100 for tablets, caplets and capsules (tablet, kaplet, kapsul, also "tablet salut"); none otherwise.</summary>
    public static int? PackSize(string unit) =>
        unit.StartsWith("tablet", StringComparison.OrdinalIgnoreCase)
        || unit.StartsWith("kaplet", StringComparison.OrdinalIgnoreCase)
        || unit.StartsWith("kapsul", StringComparison.OrdinalIgnoreCase)
            ? 100
            : null;

    /// <summary>The unit price of one unit of issue, in rupiah.</summary>
    public static decimal Price(string code, string unit, bool vaccine)
    {
        var (low, high) = vaccine ? (15_000, 150_000) : Band(unit.ToLowerInvariant());
        var steps = (uint)((high - low) / Step + 1);
        return low + Step * (Fnv1a(code) % steps);
    }

    private static (int Low, int High) Band(string unit) => unit switch
    {
        _ when unit.StartsWith("tablet", StringComparison.Ordinal) || unit.StartsWith("kaplet", StringComparison.Ordinal) => (50, 600),
        _ when unit.StartsWith("kapsul", StringComparison.Ordinal) => (100, 900),
        "sachet" => (300, 1_500),
        "botol" => (3_000, 15_000),
        "tube" or "pot" => (2_500, 12_000),
        "ampul" => (1_500, 15_000),
        "vial" => (5_000, 40_000),
        "supp" => (2_000, 8_000),
        "paket" => (150_000, 400_000),
        _ => (1_000, 10_000),
    };

    /// <summary>FNV-1a: a stable hash (string.GetHashCode changes from run to run).</summary>
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash;
    }
}
