namespace Requisition.Host.Cli.Bench.Workload;

/// <summary>
/// One drug of the benchmark formulary (formularium) with its national list memberships.
/// A class, not a record: facts are matched by reference, so value equality would only cost time.
/// </summary>
public sealed class FormularyEntry(string drugCode, bool onFornas, bool onDoen)
{
    /// <summary>Drug code (kode obat), e.g. <c>D0042</c>.</summary>
    public string DrugCode { get; } = drugCode;

    /// <summary>Listed on the national formulary for primary care (FORNAS FKTP).</summary>
    public bool OnFornas { get; } = onFornas;

    /// <summary>Listed on the national essential medicines list (DOEN).</summary>
    public bool OnDoen { get; } = onDoen;
}
