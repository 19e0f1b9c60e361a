using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence;

namespace Requisition.Host.Web.Exports;

/// <summary>An item of the catalog as the printed forms need it: its unit of issue (satuan) and its group flags.</summary>
public sealed record FormItem(string Unit, bool Bmhp, bool Programme);

/// <summary>
/// The reference data printed on a form that no application query gives: facility names, the catalog's units and
/// groups (obat program, BMHP), the display names of the people who sign. It is read only after an application
/// query has let the caller read the document (its refusal is the answer otherwise), and it names nothing beyond the
/// facilities and people of that document.
/// </summary>
public sealed class FormReferences
{
    private FormReferences(IReadOnlyDictionary<string, string> facilities, IReadOnlyDictionary<string, FormItem> items,
        IReadOnlyDictionary<string, string> people, string? head)
    {
        Facilities = facilities;
        Items = items;
        People = people;
        HeadOfFacility = head;
    }

    /// <summary>Facility names by id.</summary>
    public IReadOnlyDictionary<string, string> Facilities { get; }

    /// <summary>Catalog items by drug code.</summary>
    public IReadOnlyDictionary<string, FormItem> Items { get; }

    /// <summary>Display names by user id, for the users asked for.</summary>
    public IReadOnlyDictionary<string, string> People { get; }

    /// <summary>The name of the head of the document's facility (kepala puskesmas), when one holds the role.</summary>
    public string? HeadOfFacility { get; }

    public string FacilityName(string id) => Facilities.GetValueOrDefault(id, "");

    public string? Person(string? userId) => userId is null ? null : People.GetValueOrDefault(userId, userId);

    /// <param name="facilityId">The document's facility: its name, and its head.</param>
    /// <param name="supplierId">The facility it goes to (the IFK, or the puskesmas of a sub-unit): its name.</param>
    public static async Task<FormReferences> ReadAsync(RequisitionDatabase database, string facilityId, string supplierId,
        IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        var facility = new FacilityId(facilityId);
        var supplier = new FacilityId(supplierId);
        var facilities = await db.Facilities.AsNoTracking().Where(f => f.Id == facility || f.Id == supplier)
            .ToDictionaryAsync(f => f.Id.Value, f => f.Name, StringComparer.Ordinal, cancellationToken);
        var items = await db.Drugs.AsNoTracking()
            .ToDictionaryAsync(d => d.Code.Value, d => new FormItem(d.Unit, d.Bmhp, d.Programme), StringComparer.Ordinal, cancellationToken);
        var heads = await db.UserRoles.AsNoTracking().Where(r => r.Role == CycleRoles.Head && r.FacilityId == facility)
            .Select(r => r.UserId).ToListAsync(cancellationToken);
        var ids = userIds.Concat(heads).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Active }).ToListAsync(cancellationToken);
        var head = people.Where(p => p.Active && heads.Contains(p.Id)).OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Name).FirstOrDefault();
        return new FormReferences(facilities, items, people.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal), head);
    }
}
