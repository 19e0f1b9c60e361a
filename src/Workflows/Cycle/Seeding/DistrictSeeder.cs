using Requisition.Rules.Facts;
using Requisition.Rules.Planning;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Seeding;

/// <summary>
/// Writes a district as it stands before a month's cycle: facilities and users, the drug catalog, the FORNAS list,
/// established formularies with prices, closed LPLPOs for the history months (their use varies month to month;
/// some lines ran out, some items are in excess), and stock cards that open with each facility's closing stock in
/// batches (a share of them close to expiry). The IFK holds stock per funding source. Deterministic for a seed.
/// </summary>
public static class DistrictSeeder
{
    private static readonly FundSource[] IfkSources = [FundSource.ApbdII, FundSource.Apbn, FundSource.Dak];

    public static async Task<SeededDistrict> SeedAsync(RequisitionDatabase database, DistrictPlan plan, CancellationToken cancellationToken = default)
    {
        var random = new Random(plan.Seed);
        await using var db = database.CreateDbContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var at = plan.At;
        var ifk = new FacilityId(plan.IfkId);
        db.Facilities.Add(new Facility { Id = ifk, Name = plan.IfkName, Kind = FacilityKind.Ifk });
        var users = new List<User>();
        User AddUser(string id, string name, string role, FacilityId? facility)
        {
            var user = new User { Id = id, Name = name, CreatedAt = at, Roles = [new UserRole { UserId = id, Role = role, FacilityId = facility }] };
            users.Add(user);
            return user;
        }
        var ifkOfficer = AddUser($"petugas.{plan.IfkId.ToLowerInvariant()}", "Petugas IFK", CycleRoles.IfkOfficer, ifk);
        var admin = AddUser("admin", "Administrator", CycleRoles.Administrator, null);
        var seeded = new List<SeededPuskesmas>();
        foreach (var (id, name) in plan.Puskesmas)
        {
            var pkm = new FacilityId(id);
            db.Facilities.Add(new Facility { Id = pkm, Name = name, Kind = FacilityKind.Puskesmas, ParentId = ifk });
            var key = id.ToLowerInvariant();
            var subUnits = new List<(string, string)>();
            for (var s = 1; s <= plan.SubUnitsPerPuskesmas; s++)
            {
                var subId = $"{id}-PUSTU{s}";
                db.Facilities.Add(new Facility { Id = new FacilityId(subId), Name = $"Pustu {s} {name}", Kind = FacilityKind.SubUnit, ParentId = pkm });
                subUnits.Add((subId, AddUser($"pustu{s}.{key}", $"Petugas Pustu {s} {name}", CycleRoles.SubUnit, new FacilityId(subId)).Id));
            }
            seeded.Add(new SeededPuskesmas(id,
                AddUser($"apoteker.{key}", $"Apoteker {name}", CycleRoles.Pharmacist, pkm).Id,
                AddUser($"kapus.{key}", $"Kepala {name}", CycleRoles.Head, pkm).Id,
                AddUser($"staf.{key}", $"Staf farmasi {name}", CycleRoles.Staff, pkm).Id,
                subUnits));
        }
        db.Users.AddRange(users);
        foreach (var item in plan.Items)
        {
            db.Drugs.Add(new Drug
            {
                Code = new DrugCode(item.Code), Name = item.Name, Form = item.Form, Strength = item.Strength, Unit = item.Unit,
                Generic = item.Generic, PackSize = item.PackSize, Programme = item.Programme,
            });
        }
        if (plan.Fornas.Count > 0)
        {
            var list = new ReferenceList { Kind = ReferenceListKind.Fornas, Edition = plan.FornasEdition, Source = "seeded", Active = true, ImportedBy = admin.Id, ImportedAt = at };
            db.ReferenceLists.Add(list);
            await db.SaveChangesAsync(cancellationToken);
            var row = 0;
            foreach (var f in plan.Fornas)
            {
                db.FornasItems.Add(new FornasItem
                {
                    ListId = list.Id, Row = f.Row > 0 ? f.Row : ++row, FornasId = f.Id, Name = f.Name, InternationalName = f.InternationalName,
                    Form = f.Form, Strength = f.Strength, Unit = f.Unit, Fktp = f.Fktp, Essential = f.Essential, Program = f.Program,
                    TherapeuticClass = f.TherapeuticClass, Composition = f.Composition,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        var cycle = plan.LastClosedPeriod.AddMonths(1);
        var firstHistory = plan.LastClosedPeriod.AddMonths(1 - plan.HistoryMonths);
        var lplpos = 0;
        var movements = 0;
        var demandAll = new Dictionary<string, long>();
        foreach (var pkm in seeded)
        {
            var facility = new FacilityId(pkm.Id);
            var formulary = new FormularyDocument
            {
                FacilityId = facility, Year = cycle.Year, Status = PlanStatus.Established, CreatedAt = at, EstablishedBy = pkm.Head, EstablishedAt = at,
                Items = plan.Items.Select(i => new FormularyItem { DrugCode = new DrugCode(i.Code), UnitPrice = i.Price }).ToList(),
            };
            db.Formularies.Add(formulary);
            var reports = new List<LplpoReport>();
            for (var p = firstHistory; p <= plan.LastClosedPeriod; p = p.AddMonths(1))
            {
                reports.Add(new LplpoReport
                {
                    FacilityId = facility, SupplierId = ifk, Period = p, Kind = LplpoKind.Regular, Status = LplpoStatus.Closed,
                    CreatedBy = pkm.Pharmacist, CreatedAt = at, SubmittedBy = pkm.Pharmacist, SubmittedAt = at, ReviewedBy = ifkOfficer.Id, ReviewedAt = at,
                });
            }
            foreach (var item in plan.Items)
            {
                var code = new DrugCode(item.Code);
                var baseUse = (long)Math.Round(Math.Exp(Math.Log(20) + random.NextDouble() * Math.Log(25)));
                if (item.PackSize is > 1) baseUse = Math.Max(baseUse, item.PackSize.Value / 4);
                var excess = random.NextDouble() < plan.ExcessShare;
                var stock = baseUse * (excess ? 24 : 2);
                var used = new List<long>();
                foreach (var report in reports)
                {
                    var opening = stock;
                    var average = used.Count == 0 ? baseUse : (decimal)used.TakeLast(3).Average();
                    var received = excess ? 0 : Math.Max(0, (long)Math.Ceiling(average * 2) - opening);
                    var demand = (long)Math.Round(baseUse * (0.8 + random.NextDouble() * 0.4));
                    var runsOut = random.NextDouble() < plan.StockoutShare;
                    var available = opening + received;
                    var use = runsOut ? Math.Min(available, demand) / 2 : Math.Min(available, demand);
                    var lost = random.NextDouble() < 0.02 ? Math.Min(available - use, 1 + demand / 50) : 0;
                    var closing = available - use - lost;
                    if (runsOut) { use += closing; closing = 0; }
                    var stockoutDays = closing == 0 ? 3 + random.Next(10) : 0;
                    var optimum = LplpoArithmetic.Optimum(average, 1, 0.5m, 0.5m);
                    var requested = LplpoArithmetic.DefaultRequest(optimum, closing);
                    report.Lines.Add(new LplpoItem
                    {
                        DrugCode = code, Opening = opening, Received = received, Used = use, Lost = lost, Closing = closing,
                        StockoutDays = stockoutDays, Optimum = optimum, Requested = requested,
                        Given = requested == 0 ? [] : [new LplpoGiven { DrugCode = code, FundSource = FundSource.ApbdII, Quantity = requested }],
                    });
                    used.Add(use);
                    stock = closing;
                }
                // The month the cycle runs starts with what the last LPLPO closed with, refilled as the IFK shipped it.
                var refill = excess ? 0 : Math.Max(0, baseUse * 2 - stock);
                var onHand = stock + refill;
                demandAll[item.Code] = demandAll.GetValueOrDefault(item.Code) + baseUse;
                if (onHand <= 0) continue;
                var nearExpiry = random.NextDouble() < plan.NearExpiryShare;
                var last = plan.LastClosedPeriod.LastDay;
                var main = nearExpiry ? onHand / 3 : onHand;
                if (nearExpiry)
                {
                    db.StockMovements.Add(Opening(facility, code, $"NE{random.Next(1000, 9999)}", cycle.FirstDay.AddMonths(1).AddMonths(4).AddDays(random.Next(20)),
                        FundSource.ApbdII, onHand - main, item.Price, last, pkm.Pharmacist, at));
                    movements++;
                }
                if (main > 0)
                {
                    db.StockMovements.Add(Opening(facility, code, $"B{random.Next(10000, 99999)}", cycle.FirstDay.AddMonths(12 + random.Next(18)),
                        FundSource.ApbdII, main, item.Price, last, pkm.Pharmacist, at));
                    movements++;
                }
                if (refill > 0)
                {
                    // Record the refill on the card as a receipt in the cycle month, as a confirmed SBBK would.
                    db.StockMovements.Add(new StockMovement
                    {
                        FacilityId = facility, DrugCode = code, Batch = $"R{random.Next(10000, 99999)}", Expiry = cycle.FirstDay.AddMonths(15 + random.Next(12)),
                        FundSource = FundSource.ApbdII, Kind = MovementKind.Receipt, Quantity = refill, UnitPrice = item.Price,
                        OccurredOn = cycle.FirstDay.AddDays(1), CounterpartyId = ifk, Document = $"SBBK/{plan.IfkId}/{plan.LastClosedPeriod}/seed",
                        RecordedBy = pkm.Pharmacist, RecordedAt = at,
                    });
                    db.StockMovements.Add(new StockMovement
                    {
                        FacilityId = ifk, DrugCode = code, Batch = "SEEDSHIP", Expiry = cycle.FirstDay.AddMonths(15), FundSource = FundSource.ApbdII,
                        Kind = MovementKind.Issue, Quantity = -refill, UnitPrice = item.Price, OccurredOn = cycle.FirstDay.AddDays(1), CounterpartyId = facility,
                        Document = $"SBBK/{plan.IfkId}/{plan.LastClosedPeriod}/seed", RecordedBy = ifkOfficer.Id, RecordedAt = at,
                    });
                    db.StockMovements.Add(new StockMovement
                    {
                        FacilityId = ifk, DrugCode = code, Batch = "SEEDSHIP", Expiry = cycle.FirstDay.AddMonths(15), FundSource = FundSource.ApbdII,
                        Kind = MovementKind.Receipt, Quantity = refill, UnitPrice = item.Price, OccurredOn = cycle.FirstDay, Document = "supplier delivery (seed)",
                        RecordedBy = ifkOfficer.Id, RecordedAt = at,
                    });
                    movements += 3;
                }
            }
            db.Lplpos.AddRange(reports);
            lplpos += reports.Count;
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        // The IFK's own stock per funding source: about three months of the district's use, less for a few items.
        foreach (var item in plan.Items)
        {
            var code = new DrugCode(item.Code);
            var monthly = demandAll.GetValueOrDefault(item.Code);
            var months = random.NextDouble() < plan.IfkShortShare ? 0.5 : 3 + random.NextDouble() * 2;
            var total = (long)Math.Ceiling(monthly * months);
            var share = total / IfkSources.Length;
            foreach (var (source, index) in IfkSources.Select((s, i) => (s, i)))
            {
                var quantity = index == 0 ? total - share * (IfkSources.Length - 1) : share;
                if (quantity <= 0) continue;
                var early = quantity / 3;
                db.StockMovements.Add(Opening(ifk, code, $"{source}-{random.Next(1000, 9999)}A", cycle.FirstDay.AddMonths(8 + random.Next(6)), source, early, item.Price,
                    plan.LastClosedPeriod.LastDay, ifkOfficer.Id, at));
                db.StockMovements.Add(Opening(ifk, code, $"{source}-{random.Next(1000, 9999)}B", cycle.FirstDay.AddMonths(18 + random.Next(12)), source, quantity - early,
                    item.Price, plan.LastClosedPeriod.LastDay, ifkOfficer.Id, at));
                movements += 2;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new SeededDistrict(plan.IfkId, ifkOfficer.Id, admin.Id, seeded, plan.Items.Count, lplpos, movements);
    }

    private static StockMovement Opening(
        FacilityId facility, DrugCode code, string batch, DateOnly expiry, FundSource source, long quantity, decimal price, DateOnly on, string by, DateTimeOffset at) =>
        new()
        {
            FacilityId = facility, DrugCode = code, Batch = batch, Expiry = expiry, FundSource = source, Kind = MovementKind.Opening,
            Quantity = quantity, UnitPrice = price, OccurredOn = on, Document = "stock count (opening)", RecordedBy = by, RecordedAt = at,
        };
}
