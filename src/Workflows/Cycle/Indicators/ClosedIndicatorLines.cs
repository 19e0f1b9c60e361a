using System.Runtime.CompilerServices;
using Microsoft.Extensions.Caching.Memory;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// The facts of closed LPLPOs as the indicators read them (<see cref="LplpoFacts"/>), kept per host: a closed LPLPO never
/// changes again (not even by a history import), and a dashboard and its drill-downs read the same district year over
/// and over. Bounded, so a long-running host does not keep every month it ever read; the first dashboard of a range
/// reads the database as a cold host does.
/// </summary>
internal sealed class ClosedIndicatorLines
{
    /// <summary>About 40 puskesmas x 36 months of LPLPOs (some 90 MB at 300 items).</summary>
    private const int Capacity = 1_500;

    private static readonly ConditionalWeakTable<CycleHost, ClosedIndicatorLines> ByHost = new();

    // Lives as long as its host (the table lets it go with the host).
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public static ClosedIndicatorLines Of(CycleHost host) => ByHost.GetValue(host, _ => new ClosedIndicatorLines());

    public bool TryGet(long lplpoId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LplpoFacts? facts) =>
        _cache.TryGetValue(lplpoId, out facts) && facts is not null;

    public void Add(long lplpoId, LplpoFacts facts) =>
        _cache.Set(lplpoId, facts, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(12) });
}
