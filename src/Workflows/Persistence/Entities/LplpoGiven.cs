using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>The quantity given (pemberian) on one LPLPO line from one funding source.</summary>
public sealed class LplpoGiven
{
    public long LplpoId { get; set; }

    public DrugCode DrugCode { get; set; }

    public FundSource FundSource { get; set; }

    public long Quantity { get; set; }
}
