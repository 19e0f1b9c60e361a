using Requisition.Workflows.Cycle.Activities;
using Requisition.Workflows.Cycle.Planning.Facts;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Cycle.Planning.Activities;

/// <summary>
/// Moves the instance's formulary or RKO on. submitted: clears the reason it was last returned for. returned: keeps
/// the head's reason (the task input in reasonVariable holding "reason") for the pharmacist; the document stays a
/// draft. established: the document is established (ditetapkan) by the actor, now.
/// Properties: document (formulary | rko), status (submitted | returned | established), reasonVariable.
/// </summary>
internal sealed class SetPlanStatus : CycleActivity
{
    private static readonly string[] DocumentKinds = ["formulary", "rko"];
    private static readonly string[] Statuses = ["submitted", "returned", "established"];

    static SetPlanStatus() => PlanningFactSources.EnsureRegistered();

    public override string Type => "SetPlanStatus";

    public override void Validate(ActivityDefinition activity, DefinitionProblems problems)
    {
        var document = problems.RequireString(activity, "document");
        if (document is not null && !DocumentKinds.Contains(document, StringComparer.Ordinal))
            problems.Error(activity.PathOf("document"), $"must be one of {string.Join(", ", DocumentKinds)}");
        var status = problems.RequireString(activity, "status");
        if (status is not null && !Statuses.Contains(status, StringComparer.Ordinal))
            problems.Error(activity.PathOf("status"), $"must be one of {string.Join(", ", Statuses)}");
        var reason = problems.OptionalString(activity, "reasonVariable");
        if (status == "returned" && reason is null)
            problems.Error(activity.PathOf("reasonVariable"), "a return keeps the head's reason: name the task input that holds it");
    }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var unit = Unit(context);
        switch (context.Properties.GetString("status"))
        {
            case "submitted":
                context.Variables.Remove(PlanVariables.ReturnReason);
                break;
            case "returned":
                var reason = context.Variables[context.Properties.GetString("reasonVariable")]?["reason"]?.GetValue<string>();
                context.Variables.Set(PlanVariables.ReturnReason, reason?.Trim() ?? "");
                break;
            case "established":
                if (context.Properties.GetString("document") == "formulary")
                {
                    var formulary = await PlanDocuments.FormularyOfAsync(unit, context.Instance.Id);
                    formulary.Status = PlanStatus.Established;
                    formulary.EstablishedBy = context.Actor.UserId;
                    formulary.EstablishedAt = unit.Now;
                }
                else
                {
                    var rko = await PlanDocuments.RkoOfAsync(unit, context.Instance.Id);
                    rko.Status = PlanStatus.Established;
                    rko.EstablishedBy = context.Actor.UserId;
                    rko.EstablishedAt = unit.Now;
                }
                break;
        }
        return ActivityResult.Done();
    }
}
