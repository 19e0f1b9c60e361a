using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles.Xlsx;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Host.Web.Exports;

/// <summary>
/// The signature blocks of a printed SBBK (surat bukti barang keluar): who handed the goods over (the officer who
/// shipped), who received them (the officer who confirmed the receipt, once there is one) and who acknowledges (the
/// head of the shipping facility). Read only for an SBBK the caller was already let see.
/// </summary>
public static class SbbkForms
{
    public const string IfkHandedOver = "Yang menyerahkan: Petugas IFK";
    public const string PuskesmasHandedOver = "Yang menyerahkan: Petugas Puskesmas";
    public const string PuskesmasReceived = "Yang menerima: Petugas Puskesmas";
    public const string SubUnitReceived = "Yang menerima: Petugas Sub-unit";
    public const string IfkHeadAcknowledges = "Mengetahui: Kepala Instalasi Farmasi Kabupaten (IFK)";
    public const string PuskesmasHeadAcknowledges = "Mengetahui: Kepala Puskesmas";

    public static async Task<IReadOnlyList<SignatureBlock>> SignaturesAsync(RequisitionDatabase database, SbbkView sbbk, CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        var from = new FacilityId(sbbk.FromId);
        var to = new FacilityId(sbbk.ToId);
        var kinds = await db.Facilities.AsNoTracking().Where(f => f.Id == from || f.Id == to)
            .ToDictionaryAsync(f => f.Id.Value, f => f.Kind, StringComparer.Ordinal, cancellationToken);
        var receivedBy = await db.Receipts.AsNoTracking()
            .Where(r => db.IssueNotes.Any(n => n.Id == r.IssueNoteId && n.Number == sbbk.Number))
            .Select(r => r.ReceivedBy).FirstOrDefaultAsync(cancellationToken);
        var ids = new[] { sbbk.IssuedBy, receivedBy }.OfType<string>().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, StringComparer.Ordinal, cancellationToken);
        var fromIfk = kinds.GetValueOrDefault(sbbk.FromId, FacilityKind.Ifk) == FacilityKind.Ifk;
        var toSubUnit = kinds.GetValueOrDefault(sbbk.ToId, FacilityKind.Puskesmas) == FacilityKind.SubUnit;
        return
        [
            new(fromIfk ? IfkHandedOver : PuskesmasHandedOver, names.GetValueOrDefault(sbbk.IssuedBy, sbbk.IssuedBy), null),
            new(toSubUnit ? SubUnitReceived : PuskesmasReceived, receivedBy is null ? null : names.GetValueOrDefault(receivedBy, receivedBy), null),
            new(fromIfk ? IfkHeadAcknowledges : PuskesmasHeadAcknowledges, null, null),
        ];
    }
}
