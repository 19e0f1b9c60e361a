namespace Requisition.Workflows.Persistence;

/// <summary>
/// A change to a record that is history: a stock movement (kartu stok), a journal entry or a threshold revision.
/// Correct the stock with a new adjustment movement; nothing was written.
/// </summary>
public sealed class AppendOnlyException(string message) : InvalidOperationException(message);
