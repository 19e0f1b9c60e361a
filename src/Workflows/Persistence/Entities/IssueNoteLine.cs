using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>One batch on an SBBK.</summary>
public sealed class IssueNoteLine
{
    public long Id { get; set; }

    public long IssueNoteId { get; set; }

    public DrugCode DrugCode { get; set; }

    public string Batch { get; set; } = "";

    public DateOnly Expiry { get; set; }

    public FundSource FundSource { get; set; }

    /// <summary>Quantity shipped.</summary>
    public long Quantity { get; set; }

    public decimal? UnitPrice { get; set; }
}
