namespace Requisition.Workflows.Runtime.Definitions;

/// <summary>A workflow definition that cannot be used; carries every problem found, each with its file and path.</summary>
public sealed class WorkflowDefinitionException : Exception
{
    public WorkflowDefinitionException(IReadOnlyList<DefinitionError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public WorkflowDefinitionException(DefinitionError error) : this([error])
    {
    }

    public IReadOnlyList<DefinitionError> Errors { get; }
}
