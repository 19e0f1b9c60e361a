namespace Requisition.Host.Cli.Bench.Workload;

/// <summary>A finding (temuan) of one of the benchmark rules A..E on one drug of one facility.</summary>
public sealed class BenchFlag(string rule, string facilityId, string drugCode)
{
    /// <summary>Id of the rule that raised the flag, <c>A</c> to <c>E</c>.</summary>
    public string Rule { get; } = rule;

    /// <summary>Facility id (kode puskesmas).</summary>
    public string FacilityId { get; } = facilityId;

    /// <summary>Drug code (kode obat).</summary>
    public string DrugCode { get; } = drugCode;
}
