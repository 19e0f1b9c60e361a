using Requisition.Workflows.Cycle.Seeding;

namespace Requisition.Host.Cli.Demo;

/// <summary>What the demo did: the district it seeded, the month it played, the flags on its LPLPOs, and how long each took.</summary>
public sealed record DemoOutcome(
    string Database, DemoItems Catalog, SeededDistrict District, MonthSummary Month,
    IReadOnlyList<DemoFlagCount> Flags, TimeSpan Seeding, TimeSpan Cycle);
