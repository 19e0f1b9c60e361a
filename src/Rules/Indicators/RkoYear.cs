using Requisition.Rules.Facts;

namespace Requisition.Rules.Indicators;

/// <summary>The established RKO (rencana kebutuhan obat) lines of one planning year, across the facilities evaluated.</summary>
public sealed record RkoYear(int Year, IReadOnlyList<RkoLine> Lines);
