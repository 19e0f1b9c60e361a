namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>A part of the workbook passes a <see cref="WorkbookLimits"/> limit; the reader turns it into a whole-file error.</summary>
internal sealed class WorkbookTooLargeException(string reason) : Exception(reason);
