using Requisition.Rules.Facts;

namespace Requisition.Rules.Indicators;

/// <summary>
/// The RKO's planned need per item, per year when the data carries plans per year (<see cref="IndicatorData.Plans"/>),
/// else one plan for any month (<see cref="IndicatorData.Rko"/>). Built once and shared by the month-by-month scopes of
/// one run.
/// </summary>
internal sealed class PlanIndex
{
    private readonly Dictionary<ItemKey, long>? _anyYear;
    private readonly Dictionary<(int Year, ItemKey Key), long>? _byYear;

    private PlanIndex(IndicatorData data)
    {
        if (data.Plans is { } plans)
        {
            _byYear = [];
            foreach (var plan in plans)
            {
                foreach (var line in plan.Lines) _byYear[(plan.Year, line.Key)] = _byYear.GetValueOrDefault((plan.Year, line.Key)) + line.PlannedNeed;
            }
            All = _byYear.Select(p => (p.Key.Year, p.Key.Key, p.Value)).ToList();
        }
        else
        {
            _anyYear = [];
            foreach (var line in data.Rko) _anyYear[line.Key] = _anyYear.GetValueOrDefault(line.Key) + line.PlannedNeed;
            All = _anyYear.Select(p => (0, p.Key, p.Value)).ToList();
        }
    }

    /// <summary>Whether plans are kept per year.</summary>
    public bool ByYear => _byYear is not null;

    /// <summary>Every planned item with its annual need, by year (year 0 when plans are not per year).</summary>
    public IReadOnlyList<(int Year, ItemKey Key, long Annual)> All { get; }

    public static PlanIndex Of(IndicatorData data) => new(data);

    /// <summary>The planned need for the year of <paramref name="month"/> (any year without per-year plans); null when unplanned.</summary>
    public long? Annual(ItemKey key, Period month) =>
        _byYear is not null
            ? _byYear.TryGetValue((month.Year, key), out var byYear) ? byYear : null
            : _anyYear!.TryGetValue(key, out var any) ? any : null;
}
