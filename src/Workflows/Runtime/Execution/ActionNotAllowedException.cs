namespace Requisition.Workflows.Runtime.Execution;

/// <summary>The actor may not do this: wrong role, another facility's task, claimed by someone else, or the instance is closed.</summary>
public sealed class ActionNotAllowedException(string message) : Exception(message);
