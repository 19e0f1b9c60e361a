using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>
/// One small district with a row of every entity: every nullable column filled and, across the rows of a type,
/// every column holding something other than its default, so a round trip exercises every column. Codes carry a
/// suffix, so several sets live side by side in one database.
/// </summary>
internal sealed class SampleRows
{
    /// <summary>An instant in WIB (UTC+7), to the microsecond: stored as UTC, it must come back as the same instant.</summary>
    public static readonly DateTimeOffset Monday = new DateTimeOffset(2026, 11, 2, 8, 30, 15, TimeSpan.FromHours(7)).AddTicks(1_234_560);

    private readonly string _s = Guid.NewGuid().ToString("N")[..8];
    private readonly List<object> _saved = [];

    public IReadOnlyList<object> Saved => _saved;

    public static async Task<SampleRows> SaveAsync(RequisitionDbContext db)
    {
        var rows = new SampleRows();
        await rows.SaveAllAsync(db);
        return rows;
    }

    private async Task SaveAllAsync(RequisitionDbContext db)
    {
        var ifk = new Facility { Id = new($"IFK-{_s}"), Name = "IFK Kabupaten Cianjur", Kind = FacilityKind.Ifk };
        var pkm = new Facility { Id = new($"PKM-{_s}"), Name = "Puskesmas Cibeber", Kind = FacilityKind.Puskesmas, ParentId = ifk.Id };
        var pustu = new Facility { Id = new($"PUSTU-{_s}"), Name = "Pustu Cihaur", Kind = FacilityKind.SubUnit, ParentId = pkm.Id, Active = false };
        var user = new User { Id = $"apt-{_s}", Name = "Apt. Siti", CreatedAt = Monday, PasswordHash = "AQAAAAIAAYagAAAAEHash", FailedSignIns = 2, LockedUntil = Monday.AddMinutes(15) };
        user.Roles.Add(new UserRole { Role = "pharmacist", FacilityId = pkm.Id });
        var paracetamol = new Drug { Code = new($"PCT-{_s}"), Name = "Parasetamol", Form = "tablet", Strength = "500 mg", Unit = "tablet", Generic = true, Lasa = true, PackSize = 1000 };
        var insulin = new Drug { Code = new($"INS-{_s}"), Name = "Insulin glargin", Form = "injeksi", Strength = "100 IU/ml", Unit = "pen", HighAlert = true };
        var oat = new Drug { Code = new($"OAT-{_s}"), Name = "OAT KDT kategori 1", Form = "tablet", Strength = "150/75/400/275 mg", Unit = "tablet", Generic = true, Programme = true };
        var syringe = new Drug { Code = new($"SPT-{_s}"), Name = "Spuit 3 ml", Form = "alat", Strength = "3 ml", Unit = "pcs", Bmhp = true };
        await SaveAsync(db, ifk, pkm, pustu, user, paracetamol, insulin, oat, syringe);

        await SaveReferenceListsAsync(db, user, paracetamol);

        var formulary = new FormularyDocument { FacilityId = pkm.Id, Year = 2027, Status = PlanStatus.Established, CreatedAt = Monday, EstablishedBy = user.Id, EstablishedAt = Monday.AddDays(3), WorkflowInstanceId = Guid.Parse("0190a3c1-0000-7000-8000-00000000f001") };
        formulary.Items.Add(new FormularyItem { DrugCode = paracetamol.Code, TherapeuticClass = "analgesik", UnitPrice = 125.50m });
        var rko = new RkoDocument { FacilityId = pkm.Id, Year = 2027, Method = RkoMethod.Combined, Status = PlanStatus.Established, Budget = 250_000_000.75m, ThresholdVersion = "default-2026.1", CreatedAt = Monday, EstablishedBy = user.Id, EstablishedAt = Monday.AddDays(5), WorkflowInstanceId = Guid.Parse("0190a3c1-0000-7000-8000-00000000f002") };
        rko.Lines.Add(new RkoItem { DrugCode = paracetamol.Code, AvgMonthlyUse = 1250.5m, AnnualUse = 15006m, SafetyStock = 3001.2m, LeadTimeStock = 1250.5m, RemainingStock = 2000, PlannedNeed = 17258, UnitPrice = 125.5m });
        var lplpo = new LplpoReport
        {
            FacilityId = pkm.Id, SupplierId = ifk.Id, Period = new Period(2026, 10), Kind = LplpoKind.Emergency,
            Justification = "KLB diare", Status = LplpoStatus.Approved, CreatedBy = user.Id, CreatedAt = Monday,
            SubmittedBy = user.Id, SubmittedAt = Monday.AddHours(2), ReviewedBy = $"ifk-{_s}", ReviewedAt = Monday.AddDays(1),
            WorkflowInstanceId = Guid.Parse("0190a3c1-0000-7000-8000-00000000f003"), ReturnReason = "stok optimum dihitung ulang", Revision = 4,
        };
        var line = new LplpoItem
        {
            DrugCode = paracetamol.Code, Opening = 1200, Received = 3000, Used = 2500, Lost = 20, Closing = 1680, StockoutDays = 3,
            Optimum = 5000, Requested = 3320, Note = "disesuaikan dengan stok IFK", ReasonCategory = AdjustmentReason.SupplierStockShort,
        };
        line.Given.Add(new LplpoGiven { DrugCode = paracetamol.Code, FundSource = FundSource.ApbdII, Quantity = 3000 });
        lplpo.Lines.Add(line);
        await SaveAsync(db, formulary, rko, lplpo);
        _saved.AddRange([.. formulary.Items, .. rko.Lines, line, .. line.Given]);

        await SaveStockAndDistributionAsync(db, ifk, pkm, user, paracetamol, lplpo);

        var flag = new FlagRecord
        {
            Rule = "EXCESS_STOCK", Severity = Severity.Warning, Step = "lplpo", FacilityId = pkm.Id, DrugCode = paracetamol.Code,
            Period = new Period(2026, 10), Subject = "B2026-17", Message = "Stok 19,2 bulan melebihi batas 18 bulan",
            EvidenceJson = """[{"name":"months_of_stock","value":"19.2"}]""", ThresholdsJson = """[{"name":"excess_months","value":"18"}]""",
            ThresholdVersion = "default-2026.1", WorkflowInstanceId = Guid.NewGuid(), RaisedAt = Monday, Status = FlagStatus.Acknowledged,
            AcknowledgedBy = user.Id, AcknowledgedAt = Monday.AddHours(1), AcknowledgeReason = "stok program dari provinsi",
            ResolvedBy = user.Id, ResolvedAt = Monday.AddDays(30),
        };
        var thresholds = new ThresholdRevision
        {
            Version = $"district-{_s}-2027.1", ScopeId = ifk.Id, Json = """{"values":{"excess_months":24}}""",
            ChangedBy = $"admin-{_s}", ChangedAt = Monday, Reason = "keputusan rapat Dinkes",
        };
        var key = new IdempotencyRecord { UserId = user.Id, Key = $"k-{_s}", Command = "lplpo.submit", ResultJson = """{"id":1}""", CreatedAt = Monday };
        var token = new ApiToken
        {
            Name = "Dashboard Dinkes Provinsi", Hash = $"{_s}e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Prefix = "rq_AbCdEfG",
            UserId = user.Id, Role = "pharmacist", FacilityId = pkm.Id, CreatedBy = $"admin-{_s}", CreatedAt = Monday,
            ExpiresAt = Monday.AddDays(365), RevokedAt = Monday.AddDays(30),
        };
        var import = new ImportRun { Kind = "history", FileName = "riwayat-2026.csv", Sha256 = $"{_s}9f86d081884c7d659a2feaa0c55ad015", Rows = 3600, Added = 3000, Changed = 100, Unchanged = 500, ImportedBy = $"admin-{_s}", ImportedAt = Monday };
        await SaveAsync(db, flag, thresholds, key, token, import);

        await SaveWorkflowAsync(db, pkm);
    }

    private async Task SaveReferenceListsAsync(RequisitionDbContext db, User user, Drug drug)
    {
        var fornas = new ReferenceList { Kind = ReferenceListKind.Fornas, Edition = $"2023-{_s}", Source = "KMK HK.01.07/MENKES/2197/2023", ImportedBy = user.Id, ImportedAt = Monday };
        var doen = new ReferenceList { Kind = ReferenceListKind.Doen, Edition = $"2021-{_s}", Source = "doen_2021.csv", ImportedBy = user.Id, ImportedAt = Monday, Active = true };
        await SaveAsync(db, fornas, doen);
        var fornasItem = new FornasItem
        {
            ListId = fornas.Id, Row = 7, FornasId = "1052", Name = "parasetamol", InternationalName = "paracetamol", Form = "TABLET",
            Strength = "500", Unit = "MILIGRAM", Fktp = true, Essential = true, Program = true, TherapeuticClass = "ANALGESIK", Composition = "parasetamol 500 mg",
        };
        var doenItem = new DoenItem { ListId = doen.Id, Row = 3, Name = "parasetamol", Form = "tablet", Strength = "500 mg", Unit = "tablet" };
        await SaveAsync(db, fornasItem, doenItem);
        await SaveAsync(db,
            new ConfirmedMapping { DrugCode = drug.Code, ListId = fornas.Id, FornasItemId = fornasItem.Id, ConfirmedBy = user.Id, ConfirmedAt = Monday, Note = "nama lokal" },
            new ConfirmedMapping { DrugCode = drug.Code, ListId = doen.Id, DoenItemId = doenItem.Id, ConfirmedBy = user.Id, ConfirmedAt = Monday });
    }

    private async Task SaveStockAndDistributionAsync(RequisitionDbContext db, Facility ifk, Facility pkm, User user, Drug drug, LplpoReport lplpo)
    {
        var note = new IssueNote { Number = $"SBBK/{_s}/2026/11", FromId = ifk.Id, ToId = pkm.Id, LplpoId = lplpo.Id, IssuedBy = $"ifk-{_s}", IssuedAt = Monday };
        var shipped = new IssueNoteLine { DrugCode = drug.Code, Batch = "B2026-17", Expiry = new DateOnly(2028, 3, 31), FundSource = FundSource.Dak, Quantity = 3000, UnitPrice = 120.25m };
        note.Lines.Add(shipped);
        var movement = new StockMovement
        {
            FacilityId = pkm.Id, DrugCode = drug.Code, Batch = "B2026-17", Expiry = new DateOnly(2028, 3, 31), FundSource = FundSource.Dak,
            Kind = MovementKind.Receipt, Quantity = 2990, UnitPrice = 120.25m, OccurredOn = new DateOnly(2026, 11, 4), CounterpartyId = ifk.Id,
            Document = note.Number, Note = "10 rusak", RecordedBy = user.Id, RecordedAt = Monday.AddDays(2),
        };
        await SaveAsync(db, note, movement);
        var receipt = new GoodsReceipt { IssueNoteId = note.Id, ReceivedBy = user.Id, ReceivedAt = Monday.AddDays(2), Note = "diterima" };
        receipt.Lines.Add(new GoodsReceiptLine { IssueNoteLineId = shipped.Id, Accepted = 2990, Rejected = 10, Reason = "kemasan rusak" });
        await SaveAsync(db, receipt);
        _saved.AddRange([shipped, .. receipt.Lines]);
        // Not added here: the save keeps the balance, and it must read back as the movement it sums.
        _saved.Add(new StockBalance
        {
            FacilityId = pkm.Id, DrugCode = drug.Code, Batch = "B2026-17", Expiry = new DateOnly(2028, 3, 31), FundSource = FundSource.Dak,
            Quantity = 2990, UnitPrice = 120.25m,
        });
    }

    private async Task SaveWorkflowAsync(RequisitionDbContext db, Facility pkm)
    {
        var parent = new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = "district-lplpo", DefinitionVersion = 2, Status = WorkflowStatus.Suspended,
            CorrelationId = $"district:{_s}:2026-10", FacilityId = pkm.Id.Value, VariablesJson = """{"count":3}""",
            CreatedAt = Monday, UpdatedAt = Monday.AddMinutes(5), Revision = 4,
        };
        var child = new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = "lplpo", DefinitionVersion = 1, Status = WorkflowStatus.Faulted,
            CorrelationId = $"lplpo:{_s}:2026-10", FacilityId = pkm.Id.Value, ParentId = parent.Id, VariablesJson = "{}",
            CreatedAt = Monday, UpdatedAt = Monday,
        };
        await SaveAsync(db, parent, child);
        var timer = new Bookmark
        {
            Id = Guid.NewGuid(), InstanceId = child.Id, ActivityId = "remind", Kind = BookmarkKind.Timer, Name = "due-day",
            Role = "pharmacist", FacilityId = pkm.Id.Value, DueAt = Monday.AddDays(8), OutcomesJson = """["approve","return"]""",
            CreatedAt = Monday, ClaimedBy = "host-a", ClaimedUntil = Monday.AddDays(8).AddMinutes(5),
        };
        var entry = new JournalEntry
        {
            InstanceId = child.Id, ActivityId = "submit", Kind = "human-action", UserId = "apt", Role = "pharmacist", At = Monday,
            InputJson = """{"note":"ok"}""", Outcome = "submitted", FlagsJson = """[{"rule":"LATE_LPLPO"}]""", ThresholdVersion = "default-2026.1",
        };
        await SaveAsync(db, timer, entry);
    }

    private async Task SaveAsync(RequisitionDbContext db, params object[] rows)
    {
        db.AddRange(rows);
        await db.SaveChangesAsync();
        _saved.AddRange(rows);
        foreach (var row in rows)
        {
            if (row is User user) _saved.AddRange(user.Roles);
        }
    }
}
