namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>What a worksheet cell holds, by its type attribute: text (shared, inline or a formula's text), a number, a boolean, an error value or an ISO date.</summary>
internal enum CellKind
{
    Text,
    Number,
    Boolean,
    Error,
    Date,
}
