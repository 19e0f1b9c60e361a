using Requisition.Workflows.Runtime.Activities;

namespace Requisition.Workflows.Cycle.Activities;

/// <summary>The planning cycle's activity types, registered next to the built-in ones.</summary>
internal static class DomainActivities
{
    public static IReadOnlyList<IActivity> All =>
    [
        new PrefillLplpo(),
        new RunRules(),
        new SetLplpoStatus(),
        new Distribute(),
        new Planning.Activities.CreateFormulary(),
        new Planning.Activities.CreateRko(),
        new Planning.Activities.ConsolidateRko(),
        new Planning.Activities.SetPlanStatus(),
    ];
}
