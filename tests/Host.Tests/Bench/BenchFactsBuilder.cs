using Requisition.Host.Cli.Bench.Workload;

namespace Requisition.Host.Tests.Bench;

/// <summary>Builds a small hand-made benchmark workload, dated like the generated one, for rule boundary tests.</summary>
public sealed class BenchFactsBuilder
{
    public const string Facility = "F9000";

    private readonly List<FormularyEntry> _formulary = [];
    private readonly List<RequisitionLine> _lines = [];
    private readonly List<Batch> _batches = [];
    private WorkloadThresholds _thresholds = new();

    public static DateOnly Today => Workload.GeneratedToday;

    public BenchFactsBuilder OnFormulary(string drugCode, bool onFornas = true, bool onDoen = true)
    {
        _formulary.Add(new FormularyEntry(drugCode, onFornas, onDoen));
        return this;
    }

    /// <summary>A line that breaks no stock or plan rule unless the caller says otherwise.</summary>
    public BenchFactsBuilder Line(
        string drugCode, int stockOnHand = 100, int avgMonthlyUse = 100, int requested = 100, int planned = 100,
        string facility = Facility)
    {
        _lines.Add(new RequisitionLine(facility, drugCode, stockOnHand, avgMonthlyUse, requested, planned));
        return this;
    }

    public BenchFactsBuilder Batch(string drugCode, DateOnly expiry, int qty = 100, string facility = Facility)
    {
        _batches.Add(new Batch(facility, drugCode, qty, expiry));
        return this;
    }

    public BenchFactsBuilder WithThresholds(WorkloadThresholds thresholds)
    {
        _thresholds = thresholds;
        return this;
    }

    public Workload Build()
    {
        var facilities = _lines.Select(line => line.FacilityId)
            .Concat(_batches.Select(batch => batch.FacilityId))
            .Distinct()
            .Count();
        return new Workload(_formulary, _lines, _batches, Today, _thresholds, facilities);
    }
}
