namespace Requisition.Host.Cli.Bench.Workload;

/// <summary>
/// What the six benchmark rules found: flags per rule A..E, all flags, rule F alerts and the
/// flags of the facilities that got an alert. Compared with the table in WORKLOAD.md.
/// </summary>
public sealed record WorkloadCounts(int A, int B, int C, int D, int E, int Flags, int Alerts, int FlagsInAlertedFacilities);
