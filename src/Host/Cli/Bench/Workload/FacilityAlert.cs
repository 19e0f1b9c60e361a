namespace Requisition.Host.Cli.Bench.Workload;

/// <summary>Rule F: a facility (puskesmas) with more than ten flags, carrying how many it has.</summary>
public sealed class FacilityAlert(string facilityId, int flagCount)
{
    /// <summary>Facility id (kode puskesmas).</summary>
    public string FacilityId { get; } = facilityId;

    /// <summary>Number of A..E flags raised for the facility.</summary>
    public int FlagCount { get; } = flagCount;
}
