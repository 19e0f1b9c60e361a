using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>
/// A person's confirmation that a catalog item is a given row of one reference list edition. It wins over
/// automatic matching. Exactly one of <see cref="FornasItemId"/> and <see cref="DoenItemId"/> is set, the one
/// of the list's kind.
/// </summary>
public sealed class ConfirmedMapping
{
    public long Id { get; set; }

    public DrugCode DrugCode { get; set; }

    /// <summary>The list edition; one confirmed mapping per item per edition.</summary>
    public long ListId { get; set; }

    public long? FornasItemId { get; set; }

    public long? DoenItemId { get; set; }

    public string ConfirmedBy { get; set; } = "";

    public DateTimeOffset ConfirmedAt { get; set; }

    public string? Note { get; set; }
}
