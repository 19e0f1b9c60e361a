using Requisition.Rules.Facts;

namespace Requisition.Workflows.Cycle.Seeding;

/// <summary>One item of the seeded catalog.</summary>
public sealed record SeedItem(
    string Code, string Name, string Form, string Strength, string Unit, bool Generic, int? PackSize, decimal Price, bool Programme = false);

/// <summary>
/// What <see cref="DistrictSeeder"/> writes: an IFK, its puskesmas with their sub-units, the catalog and FORNAS list,
/// and a stock history up to <see cref="LastClosedPeriod"/> (the month before the one the cycle runs), with a share of
/// items that ran out, are in excess, or hold a batch close to expiry.
/// </summary>
public sealed record DistrictPlan
{
    public string IfkId { get; init; } = "IFK-KAB";
    public string IfkName { get; init; } = "Instalasi Farmasi Kabupaten";
    public required IReadOnlyList<(string Id, string Name)> Puskesmas { get; init; }
    public int SubUnitsPerPuskesmas { get; init; } = 2;
    public required IReadOnlyList<SeedItem> Items { get; init; }
    public IReadOnlyList<FornasEntry> Fornas { get; init; } = [];
    public string FornasEdition { get; init; } = "FORNAS";

    /// <summary>The last month with a closed LPLPO; the cycle then runs the month after it.</summary>
    public required Period LastClosedPeriod { get; init; }

    public int HistoryMonths { get; init; } = 12;
    public int Seed { get; init; } = 20261123;

    /// <summary>Share of item lines that ran out during a history month.</summary>
    public double StockoutShare { get; init; } = 0.04;

    /// <summary>Share of items a puskesmas holds far too much of.</summary>
    public double ExcessShare { get; init; } = 0.03;

    /// <summary>Share of items a puskesmas holds a batch of that expires 4 to 5 months after the cycle month.</summary>
    public double NearExpiryShare { get; init; } = 0.03;

    /// <summary>Share of items the IFK holds too little of to give everyone what they ask (the proportional suggestion).</summary>
    public double IfkShortShare { get; init; } = 0.02;

    /// <summary>When the seeded rows say they were written.</summary>
    public DateTimeOffset At { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>What was seeded: the users to act as, by facility.</summary>
public sealed record SeededDistrict(
    string IfkId, string IfkOfficer, string Administrator,
    IReadOnlyList<SeededPuskesmas> Puskesmas, int Items, int HistoryLplpos, int Movements);

public sealed record SeededPuskesmas(string Id, string Pharmacist, string Head, string Staff, IReadOnlyList<(string Id, string User)> SubUnits);
