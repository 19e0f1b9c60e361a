using Requisition.Rules.Facts;
using Requisition.Rules.Formulary;

namespace Requisition.Workflows.Checking;

/// <summary>Matches catalog items to FORNAS (and DOEN when loaded) and gives each its reference status.</summary>
public static class ReferenceMatching
{
    public static IReadOnlyList<ReferenceStatus> Statuses(
        IEnumerable<CatalogItem> items, IReadOnlyList<FornasEntry> fornas, IReadOnlyList<DoenEntry>? doen)
    {
        var matcher = new FornasMatcher(fornas);
        var doenList = doen is { Count: > 0 } ? new DoenList(doen) : null;
        return items.Select(item => ReferenceStatuses.For(item, matcher.Match(ReferenceStatuses.Describe(item)), doenList)).ToList();
    }
}
