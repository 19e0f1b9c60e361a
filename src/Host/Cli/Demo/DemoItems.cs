using Requisition.Workflows.Cycle.Seeding;

namespace Requisition.Host.Cli.Demo;

/// <summary>The demo catalog: every item of the West Java list, and how its FORNAS matching went.</summary>
/// <param name="Matched">Items matched to one FORNAS product (their form and strength are FORNAS's).</param>
/// <param name="NotMatched">Names of the items no FORNAS product was found for (kept as named; the cycle flags them).</param>
public sealed record DemoItems(IReadOnlyList<SeedItem> Items, int Matched, IReadOnlyList<string> NotMatched);
