namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// The items and documents behind one indicator figure (rincian indikator): <paramref name="Columns"/> name the cells of
/// each row (e.g. "received", "issued", "ratio %").
/// </summary>
public sealed record IndicatorDrillDown(string Id, string Unit, string Standard, decimal? Value, string Basis,
    IReadOnlyList<string> Columns, IReadOnlyList<DrillRow> Rows);
