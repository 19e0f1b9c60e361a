using Microsoft.Extensions.Caching.Memory;
using Requisition.Rules.Facts;

namespace Requisition.Workflows.Cycle.Facts;

/// <summary>
/// The stock lines of closed LPLPOs, kept per host. A closed LPLPO never changes again, so its lines are read once
/// instead of on every check, submit and review that looks back over the facility's last 12 months; this holds across
/// hosts on one database as well. Bounded, so a long-running host does not keep every month it ever read.
/// </summary>
internal sealed class ClosedLplpoLines
{
    /// <summary>About 40 puskesmas x 12 months x 10 districts' worth of LPLPOs.</summary>
    private const int Capacity = 5_000;

    // Lives as long as its host, like the host's other caches.
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public bool TryGet(long lplpoId, out IReadOnlyList<HistoryLine> lines)
    {
        if (_cache.TryGetValue(lplpoId, out IReadOnlyList<HistoryLine>? found) && found is not null)
        {
            lines = found;
            return true;
        }
        lines = [];
        return false;
    }

    public void Add(long lplpoId, IReadOnlyList<HistoryLine> lines) =>
        _cache.Set(lplpoId, lines, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(12) });
}

/// <summary>One item's month on an LPLPO, as the stock history reads it.</summary>
internal readonly record struct HistoryLine(DrugCode DrugCode, long Opening, long Received, long Used, long Lost, long Closing, int StockoutDays);
