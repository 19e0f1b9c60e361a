using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>A puskesmas with one drug, ready for stock movements (codes unique per instance).</summary>
internal sealed class LedgerRows
{
    private readonly string _s = Guid.NewGuid().ToString("N")[..8];

    public FacilityId Puskesmas => new($"PKM-{_s}");

    public DrugCode Amoxicillin => new($"AMX-{_s}");

    public static async Task<LedgerRows> SaveAsync(RequisitionDatabase database)
    {
        var rows = new LedgerRows();
        await using var db = database.CreateDbContext();
        db.Facilities.Add(new Facility { Id = rows.Puskesmas, Name = "Puskesmas Cibeber", Kind = FacilityKind.Puskesmas });
        db.Drugs.Add(new Drug { Code = rows.Amoxicillin, Name = "Amoksisilin", Form = "kapsul", Strength = "500 mg", Unit = "kapsul", Generic = true });
        await db.SaveChangesAsync();
        return rows;
    }

    public StockMovement Movement(MovementKind kind, long quantity, string batch = "AMX-2611") => new()
    {
        FacilityId = Puskesmas,
        DrugCode = Amoxicillin,
        Batch = batch,
        Expiry = new DateOnly(2028, 6, 30),
        FundSource = FundSource.ApbdII,
        Kind = kind,
        Quantity = quantity,
        OccurredOn = new DateOnly(2026, 11, 2),
        RecordedBy = "apt-siti",
        RecordedAt = SampleRows.Monday,
    };
}
