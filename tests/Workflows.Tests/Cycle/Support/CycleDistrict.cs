using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Seeding;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Tests.Cycle.Support;

/// <summary>
/// A small seeded district on a fresh database (3 puskesmas with a sub-unit each, 12 items, a year of history up to
/// September 2026) and a host on it whose clock the test sets. The cycle month is October 2026.
/// </summary>
internal sealed class CycleDistrict
{
    public static readonly Period LastClosed = new(2026, 9);
    public static readonly Period Month = new(2026, 10);

    private CycleDistrict(RequisitionDatabase database, SeededDistrict seeded, SettableClock clock, CycleHost host)
    {
        Database = database;
        Seeded = seeded;
        Clock = clock;
        Host = host;
    }

    public RequisitionDatabase Database { get; }

    public SeededDistrict Seeded { get; }

    public SettableClock Clock { get; }

    public CycleHost Host { get; }

    public Actor Ifk => new(Seeded.IfkOfficer, CycleRoles.IfkOfficer, Seeded.IfkId);

    public Actor Pharmacist(int index) => new(Seeded.Puskesmas[index].Pharmacist, CycleRoles.Pharmacist, Seeded.Puskesmas[index].Id);

    public Actor SubUnit(int index) => new(Seeded.Puskesmas[index].SubUnits[0].User, CycleRoles.SubUnit, Seeded.Puskesmas[index].SubUnits[0].Id);

    /// <summary>Day <paramref name="day"/> of November 2026 (the month after the cycle month), WIB.</summary>
    public void SetDay(int day, int hour = 9) => Clock.Now = new DateTimeOffset(2026, 11, day, hour, 0, 0, TimeSpan.FromHours(7));

    public static async Task<CycleDistrict> CreateAsync(RequisitionDatabase database, int puskesmas = 3, DistrictPlan? plan = null)
    {
        plan ??= Plan(puskesmas);
        var seeded = await DistrictSeeder.SeedAsync(database, plan);
        var clock = new SettableClock(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        return new CycleDistrict(database, seeded, clock, NewHost(database, clock));
    }

    /// <summary>Another host process on the same database: shares nothing with the first but the database.</summary>
    public CycleHost NewHost() => NewHost(Database, Clock);

    private static CycleHost NewHost(RequisitionDatabase database, SettableClock clock) =>
        CycleHost.Load(database, Path.Combine(AppContext.BaseDirectory, "workflows"), Path.Combine(AppContext.BaseDirectory, "data", "thresholds.default.json"), clock);

    public static DistrictPlan Plan(int puskesmas, double nearExpiry = 0, double excess = 0, double ifkShort = 0) => new()
    {
        IfkId = "IFK-TEST",
        Puskesmas = Enumerable.Range(1, puskesmas).Select(i => ($"PKM-{i:D2}", $"Puskesmas {i}")).ToList(),
        SubUnitsPerPuskesmas = 1,
        Items = Items,
        Fornas = Fornas,
        LastClosedPeriod = LastClosed,
        NearExpiryShare = nearExpiry,
        ExcessShare = excess,
        IfkShortShare = ifkShort,
        StockoutShare = 0,
    };

    public static readonly IReadOnlyList<SeedItem> Items =
    [
        new("OBT-001", "Parasetamol", "tablet", "500 mg", "tablet", true, 100, 150m),
        new("OBT-002", "Amoksisilin", "kapsul", "500 mg", "kapsul", true, 100, 400m),
        new("OBT-003", "Oralit", "serbuk", "200 ml", "sachet", true, null, 600m),
        new("OBT-004", "Zinc", "tablet dispersibel", "20 mg", "tablet", true, 100, 300m),
        new("OBT-005", "Metformin", "tablet", "500 mg", "tablet", true, 100, 200m),
        new("OBT-006", "Amlodipin", "tablet", "5 mg", "tablet", true, 30, 250m),
        new("OBT-007", "Kaptopril", "tablet", "25 mg", "tablet", true, 100, 120m),
        new("OBT-008", "Salbutamol", "tablet", "2 mg", "tablet", true, 100, 90m),
        new("OBT-009", "Antasida DOEN", "tablet kunyah", "", "tablet", true, 100, 80m),
        new("OBT-010", "Tablet Tambah Darah", "tablet", "60 mg", "tablet", true, null, 100m, Programme: true),
        new("OBT-011", "Deksametason", "tablet", "0,5 mg", "tablet", true, 100, 60m),
        new("OBT-012", "Ibuprofen", "tablet", "400 mg", "tablet", true, 100, 180m),
    ];

    public static readonly IReadOnlyList<FornasEntry> Fornas =
    [
        new("F1", "parasetamol", "paracetamol", "tablet", "500 mg", "", true, true, false, "analgesik", "") { Row = 1 },
        new("F2", "amoksisilin", "amoxicillin", "kapsul", "500 mg", "", true, true, false, "antibakteri", "") { Row = 2 },
        new("F3", "oralit", "oral rehydration salts", "serbuk", "200 ml", "", true, true, false, "", "") { Row = 3 },
        new("F4", "metformin", "metformin", "tablet", "500 mg", "", true, true, false, "antidiabetes", "") { Row = 4 },
        new("F5", "amlodipin", "amlodipine", "tablet", "5 mg", "", true, true, false, "antihipertensi", "") { Row = 5 },
        new("F6", "kaptopril", "captopril", "tablet", "25 mg", "", true, true, false, "antihipertensi", "") { Row = 6 },
        new("F7", "ibuprofen", "ibuprofen", "tablet", "400 mg", "", true, true, false, "analgesik", "") { Row = 7 },
    ];
}
