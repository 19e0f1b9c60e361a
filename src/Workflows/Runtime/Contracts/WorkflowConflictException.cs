namespace Requisition.Workflows.Runtime.Contracts;

/// <summary>Someone else acted first on the same task or instance; nothing of this action was written.</summary>
public sealed class WorkflowConflictException(string message, Exception? inner = null) : Exception(message, inner);
