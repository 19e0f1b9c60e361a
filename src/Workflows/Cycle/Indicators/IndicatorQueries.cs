using Requisition.Rules.Indicators;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// The indicator dashboard (indikator pengelolaan obat) computed from the stored data, for one puskesmas or the
/// district over a period, with monthly trends and the rows behind every figure. Never writes.
/// </summary>
public sealed class IndicatorQueries
{
    /// <summary>The longest range a query may span, in months.</summary>
    public const int MaxMonths = 36;

    /// <summary>
    /// Said with the indicators of the indicator drug set: the shipped West Java list names drugs, not catalog codes, so
    /// it is not tied to items and every item counts.
    /// </summary>
    public const string IndicatorSetNote =
        "Indicator drug set: every item with LPLPO lines (the West Java 40-item list in data/ names drugs without catalog codes, so it is not tied to items).";

    private readonly CycleHost _host;

    internal IndicatorQueries(CycleHost host) => _host = host;

    /// <summary>
    /// Puskesmas roles: their own puskesmas only (FacilityId null or another -> AccessDeniedException / NotFound);
    /// IfkOfficer: any puskesmas of their IFK or the district; Administrator: any. Bad range -> CommandRejectedException("from"/"to").
    /// </summary>
    public Task<IndicatorDashboard> DashboardAsync(Actor actor, IndicatorQuery query, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            var (target, loaded) = await LoadAsync(unit, query, cancellationToken);
            var thresholds = await unit.ThresholdsAsync();
            // The months of the trends are independent of the range's figures: computed alongside them.
            var trending = Task.Run(() => IndicatorTrends.Compute(loaded.Data, thresholds, query.From, query.To), cancellationToken);
            var scope = IndicatorScope.Of(loaded.Data, query.From, query.To);
            var figures = new List<IndicatorFigure>();
            foreach (var definition in IndicatorCalculator.All)
            {
                if (definition.Compute(scope, thresholds) is not { } result) continue;
                figures.Add(new IndicatorFigure(result.Id, definition.Group, result.Value, result.Unit, result.Standard, result.Meets, Basis(result)));
            }
            var trends = await trending;
            return new IndicatorDashboard(target.ScopeId, target.ScopeName, target.District, query.From, query.To, unit.Today,
                thresholds.Version, figures, trends);
        }, cancellationToken);

    /// <summary>The rows behind one figure. Unknown indicator id -> NotFoundException.</summary>
    public Task<IndicatorDrillDown> DrillDownAsync(Actor actor, IndicatorQuery query, string indicatorId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            var definition = IndicatorCalculator.Find(indicatorId ?? "") ?? throw new NotFoundException($"no indicator {indicatorId}");
            var (_, loaded) = await LoadAsync(unit, query, cancellationToken);
            var thresholds = await unit.ThresholdsAsync();
            var scope = IndicatorScope.Of(loaded.Data, query.From, query.To);
            var result = definition.Compute(scope, thresholds);
            var breakdown = definition.Explain(scope, thresholds);
            var rows = (breakdown?.Rows ?? []).Select(r => new DrillRow(
                    r.Facility.Value,
                    r.DrugCode?.Value,
                    r.DrugCode is { } code ? loaded.DrugNames.GetValueOrDefault(code) : null,
                    r.Document,
                    r.LplpoPeriod is { } period && loaded.LplpoIds.TryGetValue((r.Facility, period), out var id) ? id : null,
                    r.Cells,
                    r.Counts))
                .ToList();
            return new IndicatorDrillDown(definition.Id, result?.Unit ?? "", result?.Standard ?? "", result?.Value,
                result is null ? "No data for this indicator in the range." : Basis(result), breakdown?.Columns ?? [], rows);
        }, cancellationToken);

    private static async Task<(IndicatorTarget Target, LoadedIndicators Loaded)> LoadAsync(
        CycleUnit unit, IndicatorQuery query, CancellationToken cancellationToken)
    {
        if (query is null) throw new CommandRejectedException("", "the query is missing");
        var target = await IndicatorTargets.ResolveAsync(unit, query.FacilityId, cancellationToken);
        CheckRange(query);
        return (target, await IndicatorLoader.LoadAsync(unit, target.Puskesmas, query.From, query.To, cancellationToken));
    }

    private static void CheckRange(IndicatorQuery query)
    {
        if (query.From > query.To)
            throw new CommandRejectedException("from", $"{query.From} is after the end of the range ({query.To})");
        var months = query.To.Ordinal - query.From.Ordinal + 1;
        if (months > MaxMonths)
            throw new CommandRejectedException("to", $"{query.From}..{query.To} spans {months} months; a range may span at most {MaxMonths}");
    }

    private static string Basis(IndicatorResult result) =>
        result.Id is StockoutTime.Id or UsageRatio.Id ? $"{result.Basis} {IndicatorSetNote}" : result.Basis;
}
