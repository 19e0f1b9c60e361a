namespace Requisition.Workflows.Imports;

/// <summary>
/// How far a long import has come (kemajuan impor): <see cref="Stage"/> is "reading" (bytes), "checking" (rows) or
/// "writing" (rows), with <see cref="Done"/> of <see cref="Total"/>.
/// </summary>
public sealed record ImportProgress(string Stage, long Done, long Total)
{
    public const string Reading = "reading";
    public const string Checking = "checking";
    public const string Writing = "writing";
}
