namespace Requisition.Workflows.Runtime.Definitions;

/// <summary>No definition with that id (or that version of it) is loaded in the catalog.</summary>
public sealed class DefinitionNotFoundException(string message) : Exception(message);
