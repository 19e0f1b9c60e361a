using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Runtime.Activities;

/// <summary>
/// A kind of step a definition can use, registered by its <see cref="Type"/> name. Stateless: one object
/// serves every instance, and whatever it needs per call (the instance, its variables, the actor, services
/// of the current unit of work) comes from the <see cref="ActivityContext"/>.
/// </summary>
public interface IActivity
{
    /// <summary>The name definitions use in <c>"type"</c>, e.g. "HumanTask".</summary>
    string Type { get; }

    /// <summary>
    /// The outcomes the activity can finish with, as configured (a task's outcomes); null when not known
    /// before it runs. When known, the loader checks the <c>next</c> map against them.
    /// </summary>
    IReadOnlyCollection<string>? Outcomes(ActivityDefinition activity) => null;

    /// <summary>Checks the activity's properties when the definition loads; reports problems at their paths.</summary>
    void Validate(ActivityDefinition activity, DefinitionProblems problems)
    {
    }

    /// <summary>Runs the activity when the flow reaches it.</summary>
    ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>
    /// Continues the activity when one of the bookmarks it created is resumed (a person acted, a timer fired,
    /// the children joined). By default it finishes with the chosen outcome.
    /// </summary>
    ValueTask<ActivityResult> ResumeAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Done(context.Outcome ?? ActivityResult.DefaultOutcome));
}
