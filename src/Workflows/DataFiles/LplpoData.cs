using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>What <c>lplpo.csv</c> holds: the lines, and one document per facility and period.</summary>
public sealed record LplpoData(IReadOnlyList<LplpoLine> Lines, IReadOnlyList<LplpoDocument> Documents);
