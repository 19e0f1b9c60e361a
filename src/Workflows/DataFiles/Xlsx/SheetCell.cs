namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>One non-blank cell as read: its kind and its value as the file writes it (a number in invariant form, "1500" or "12.5").</summary>
internal readonly record struct SheetCell(int Column, CellKind Kind, string Value)
{
    /// <summary>The value as a person would type it back: trimmed text, booleans as TRUE/FALSE.</summary>
    public string Text => Kind == CellKind.Boolean ? (Value.Trim() is "1" or "true" ? "TRUE" : "FALSE") : Value.Trim();
}
