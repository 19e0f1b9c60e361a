using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Runtime.Execution;

/// <summary>An instance as one runner call works on it: the row, its definition version and its parsed variables.</summary>
internal sealed class InstanceState
{
    public InstanceState(WorkflowInstance instance, WorkflowDefinition definition, JsonObject variables, bool isNew)
    {
        Instance = instance;
        Definition = definition;
        Variables = variables;
        IsNew = isNew;
        VariableAccess = new WorkflowVariables(variables, $"{instance.DefinitionId} {instance.CorrelationId}");
    }

    public WorkflowInstance Instance { get; }

    public Guid Id => Instance.Id;

    public WorkflowDefinition Definition { get; }

    public JsonObject Variables { get; }

    public WorkflowVariables VariableAccess { get; }

    /// <summary>Created in this call (staged with Add rather than Update).</summary>
    public bool IsNew { get; }

    /// <summary>Changed in this call: staged at the end, its revision checked on commit.</summary>
    public bool Dirty { get; set; }

    public WorkflowStatus Status
    {
        get => Instance.Status;
        set => Instance.Status = value;
    }

    public bool IsClosed => Status is WorkflowStatus.Completed or WorkflowStatus.Cancelled;
}
