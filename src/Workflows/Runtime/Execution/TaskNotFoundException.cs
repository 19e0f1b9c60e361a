namespace Requisition.Workflows.Runtime.Execution;

/// <summary>The task (or timer, or instance) is gone: already acted on, fired, cancelled, or never existed.</summary>
public sealed class TaskNotFoundException(string message) : Exception(message);
