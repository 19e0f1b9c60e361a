using Requisition.Workflows.Runtime.Activities;

namespace Requisition.Workflows.Cycle.Activities;

/// <summary>A planning-cycle activity: it works on the documents of the command's unit of work.</summary>
internal abstract class CycleActivity : IActivity
{
    public abstract string Type { get; }

    public virtual IReadOnlyCollection<string>? Outcomes(Runtime.Definitions.ActivityDefinition activity) => [ActivityResult.DefaultOutcome];

    public virtual void Validate(Runtime.Definitions.ActivityDefinition activity, Runtime.Definitions.DefinitionProblems problems)
    {
    }

    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);

    protected static CycleUnit Unit(ActivityContext context) =>
        context.Services.GetService(typeof(CycleUnit)) as CycleUnit
        ?? throw new InvalidOperationException("planning-cycle activities run only inside a CycleHost command");
}
