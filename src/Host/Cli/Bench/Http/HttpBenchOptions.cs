namespace Requisition.Host.Cli.Bench.Http;

/// <summary>
/// What <c>bench-http</c> runs: the district's size, how many rounds of submissions (each LPLPO submitted once a
/// round, returned by the IFK in between), how many requests of the IFK queue page are timed, whether an untimed
/// round goes first, and whether to keep the database.
/// </summary>
public sealed record HttpBenchOptions(int Puskesmas, int Items, int Rounds, int QueueRequests, bool Warmup = true, bool Keep = false)
{
    /// <summary>Issue 4, section 5: submitting a 300-line LPLPO over HTTP (rules and persistence) at p95 under 100 ms.</summary>
    public const double SubmitTargetMilliseconds = 100;

    /// <summary>Issue 4, section 5: the IFK queue page of a 40-puskesmas district under 200 ms.</summary>
    public const double QueueTargetMilliseconds = 200;

    /// <summary>Untimed requests of the queue page before the timed ones.</summary>
    public const int QueueWarmupRequests = 5;
}
