using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Tests.Cycle.Indicators;

/// <summary>
/// A hand-made district written straight into a fresh database, so each indicator's figure can be worked out by hand:
/// an IFK with its officer, puskesmas with their pharmacists and a sub-unit each, a catalog, and whatever LPLPOs, RKOs, formularies and
/// batches a test adds. The host's clock stands at <see cref="Today"/> (WIB).
/// </summary>
internal sealed class IndicatorWorld
{
    public const string IfkId = "IFK-IND";
    public static readonly DateOnly Today = new(2026, 3, 20);

    private static readonly DateTimeOffset At = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private readonly RequisitionDatabase _database;
    private readonly List<object> _pending = [];

    private IndicatorWorld(RequisitionDatabase database, CycleHost host)
    {
        _database = database;
        Host = host;
    }

    public CycleHost Host { get; }

    public IndicatorQueries Indicators => Host.Indicators;

    public Actor Ifk => new($"petugas.{IfkId.ToLowerInvariant()}", CycleRoles.IfkOfficer, IfkId);

    public static Actor Administrator => new("admin", CycleRoles.Administrator, null);

    public static Actor Pharmacist(string puskesmas) => new($"apoteker.{puskesmas.ToLowerInvariant()}", CycleRoles.Pharmacist, puskesmas);

    /// <summary>The staff of the sub-unit (pustu) every puskesmas has.</summary>
    public static Actor SubUnit(string puskesmas) => new($"pustu.{puskesmas.ToLowerInvariant()}", CycleRoles.SubUnit, $"{puskesmas}-PUSTU");

    /// <summary>An IFK with <paramref name="puskesmas"/> under it, the items <c>(code, name, price)</c> in the catalog, and a second IFK with one puskesmas of its own.</summary>
    public static async Task<IndicatorWorld> CreateAsync(RequisitionDatabase database, IReadOnlyList<string> puskesmas, params (string Code, string Name, decimal Price)[] items)
    {
        await using (var db = database.CreateDbContext())
        {
            db.Facilities.Add(new Facility { Id = new FacilityId(IfkId), Name = "IFK Indikator", Kind = FacilityKind.Ifk });
            db.Facilities.Add(new Facility { Id = new FacilityId("IFK-OTHER"), Name = "IFK Lain", Kind = FacilityKind.Ifk });
            db.Facilities.Add(new Facility { Id = new FacilityId("PKM-OTHER"), Name = "Puskesmas Lain", Kind = FacilityKind.Puskesmas, ParentId = new FacilityId("IFK-OTHER") });
            db.Users.Add(UserOf($"petugas.{IfkId.ToLowerInvariant()}", CycleRoles.IfkOfficer, IfkId));
            db.Users.Add(UserOf("admin", CycleRoles.Administrator, null));
            db.Users.Add(UserOf("apoteker.pkm-other", CycleRoles.Pharmacist, "PKM-OTHER"));
            foreach (var id in puskesmas)
            {
                db.Facilities.Add(new Facility { Id = new FacilityId(id), Name = $"Puskesmas {id}", Kind = FacilityKind.Puskesmas, ParentId = new FacilityId(IfkId) });
                db.Users.Add(UserOf($"apoteker.{id.ToLowerInvariant()}", CycleRoles.Pharmacist, id));
                db.Facilities.Add(new Facility { Id = new FacilityId($"{id}-PUSTU"), Name = $"Pustu {id}", Kind = FacilityKind.SubUnit, ParentId = new FacilityId(id) });
                db.Users.Add(UserOf($"pustu.{id.ToLowerInvariant()}", CycleRoles.SubUnit, $"{id}-PUSTU"));
            }
            foreach (var (code, name, _) in items)
                db.Drugs.Add(new Drug { Code = new DrugCode(code), Name = name, Form = "tablet", Strength = "500 mg", Unit = "tablet", Generic = true });
            await db.SaveChangesAsync();
        }
        var clock = new SettableClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), Wib));
        var host = CycleHost.Load(database, Path.Combine(AppContext.BaseDirectory, "workflows"),
            Path.Combine(AppContext.BaseDirectory, "data", "thresholds.default.json"), clock);
        var world = new IndicatorWorld(database, host);
        foreach (var id in puskesmas) world.Formulary(id, 2025, items.Select(i => (i.Code, i.Price)).ToArray());
        return world;
    }

    /// <summary>
    /// A FORNAS list holding the catalog items <paramref name="codes"/> (for FKTP, on the essential list), under the name,
    /// form and strength the catalog gives them, so they match; other items match nothing.
    /// </summary>
    public async Task<IndicatorWorld> FornasAsync(params string[] codes)
    {
        await using var db = _database.CreateDbContext();
        var list = new ReferenceList { Kind = ReferenceListKind.Fornas, Edition = "TEST", Source = "test", ImportedBy = "admin", ImportedAt = At, Active = true };
        db.ReferenceLists.Add(list);
        await db.SaveChangesAsync();
        var drugs = db.Drugs.AsEnumerable().Where(d => codes.Contains(d.Code.Value)).OrderBy(d => d.Code.Value, StringComparer.Ordinal).ToList();
        foreach (var (drug, row) in drugs.Select((d, i) => (d, i + 1)))
        {
            db.FornasItems.Add(new FornasItem
            {
                ListId = list.Id, Row = row, FornasId = $"F{row}", Name = drug.Name.ToLowerInvariant(), InternationalName = drug.Name.ToLowerInvariant(),
                Form = drug.Form.ToUpperInvariant(), Strength = drug.Strength, Unit = "", Fktp = true, Essential = true, TherapeuticClass = "uji",
            });
        }
        await db.SaveChangesAsync();
        return this;
    }

    /// <summary>An established formulary of <paramref name="puskesmas"/> for <paramref name="year"/>.</summary>
    public IndicatorWorld Formulary(string puskesmas, int year, params (string Code, decimal Price)[] items)
    {
        _pending.Add(new FormularyDocument
        {
            FacilityId = new FacilityId(puskesmas), Year = year, Status = PlanStatus.Established, CreatedAt = At,
            Items = items.Select(i => new FormularyItem { DrugCode = new DrugCode(i.Code), UnitPrice = i.Price }).ToList(),
        });
        return this;
    }

    /// <summary>
    /// A regular LPLPO of <paramref name="puskesmas"/> for <paramref name="period"/> in <paramref name="status"/>, sent on
    /// <paramref name="submittedOn"/> (WIB, 15:00; null: never sent), with its lines; a reviewed one gives what was requested.
    /// </summary>
    public IndicatorWorld Lplpo(string puskesmas, string period, LplpoStatus status, DateOnly? submittedOn, params Line[] lines)
    {
        var reviewed = status is LplpoStatus.Approved or LplpoStatus.Closed;
        _pending.Add(new LplpoReport
        {
            FacilityId = new FacilityId(puskesmas), SupplierId = new FacilityId(IfkId), Period = Period.Parse(period), Kind = LplpoKind.Regular,
            Status = status, CreatedBy = "seed", CreatedAt = At,
            SubmittedAt = submittedOn is { } on ? new DateTimeOffset(on.ToDateTime(new TimeOnly(15, 0)), Wib) : null,
            Lines = lines.Select(l => new LplpoItem
            {
                DrugCode = new DrugCode(l.Code), Opening = l.Closing + l.Used - l.Received, Received = l.Received, Used = l.Used, Closing = l.Closing,
                StockoutDays = l.StockoutDays, Requested = l.Requested,
                Given = reviewed && (l.Given ?? l.Requested) > 0
                    ? [new LplpoGiven { DrugCode = new DrugCode(l.Code), FundSource = FundSource.ApbdII, Quantity = l.Given ?? l.Requested }]
                    : [],
            }).ToList(),
        });
        return this;
    }

    /// <summary>Twelve closed LPLPOs of <paramref name="year"/>, each sent on the 5th of the next month, adding up to the given totals per item.</summary>
    public IndicatorWorld Year(string puskesmas, int year, params (string Code, long Received, long Used, int StockoutDays)[] items)
    {
        var stock = items.ToDictionary(i => i.Code, _ => 0L);
        for (var month = 1; month <= 12; month++)
        {
            var period = new Period(year, month);
            var lines = items.Select(i =>
            {
                var received = month == 1 ? i.Received : 0;
                var used = i.Used / 12 + (month == 12 ? i.Used % 12 : 0);
                var days = Math.Clamp(i.StockoutDays - DaysBefore(year, month), 0, period.Days);
                stock[i.Code] += received - used;
                return new Line(i.Code, received, used, stock[i.Code], days);
            }).ToArray();
            Lplpo(puskesmas, period.ToString(), LplpoStatus.Closed, period.AddMonths(1).FirstDay.AddDays(4), lines);
        }
        return this;
    }

    /// <summary>An established RKO of <paramref name="puskesmas"/> for <paramref name="year"/>: planned need per item.</summary>
    public IndicatorWorld Rko(string puskesmas, int year, params (string Code, long Planned)[] lines)
    {
        _pending.Add(new RkoDocument
        {
            FacilityId = new FacilityId(puskesmas), Year = year, Status = PlanStatus.Established, CreatedAt = At,
            Lines = lines.Select(l => new RkoItem { DrugCode = new DrugCode(l.Code), AnnualUse = l.Planned, PlannedNeed = l.Planned }).ToList(),
        });
        return this;
    }

    /// <summary>A batch on the stock card of <paramref name="puskesmas"/> (an opening movement; the balance follows).</summary>
    public IndicatorWorld Batch(string puskesmas, string code, string batch, DateOnly expiry, long quantity, decimal price)
    {
        _pending.Add(new StockMovement
        {
            FacilityId = new FacilityId(puskesmas), DrugCode = new DrugCode(code), Batch = batch, Expiry = expiry, FundSource = FundSource.ApbdII,
            Kind = MovementKind.Opening, Quantity = quantity, UnitPrice = price, OccurredOn = new DateOnly(2025, 1, 1), RecordedBy = "seed", RecordedAt = At,
        });
        return this;
    }

    /// <summary>Writes what was added since the last save.</summary>
    public async Task<IndicatorWorld> SaveAsync()
    {
        await using var db = _database.CreateDbContext();
        foreach (var entity in _pending) db.Add(entity);
        await db.SaveChangesAsync();
        _pending.Clear();
        return this;
    }

    private static int DaysBefore(int year, int month) => Enumerable.Range(1, month - 1).Sum(m => DateTime.DaysInMonth(year, m));

    private static User UserOf(string id, string role, string? facility) => new()
    {
        Id = id, Name = id, CreatedAt = At,
        Roles = [new UserRole { UserId = id, Role = role, FacilityId = facility is null ? null : new FacilityId(facility) }],
    };

    /// <summary>One LPLPO line: opening is derived so it balances (no losses).</summary>
    public sealed record Line(string Code, long Received, long Used, long Closing, int StockoutDays = 0, long Requested = 0, long? Given = null);
}
