using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Runtime.Activities;

namespace Requisition.Workflows.Tests.Runtime.Support;

/// <summary>
/// A domain activity as the application layer will write one: runs the LPLPO step's rules over the document
/// (the real rule set and default thresholds) and records the flags on its journal line. Outcome "flagged" or "clean".
/// </summary>
internal sealed class LplpoRulesStep : IActivity
{
    public string Type => "CheckLplpo";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var thresholds = ThresholdSet.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "thresholds.default.json")));
        var document = new LplpoDocument(
            new FacilityId(context.Instance.FacilityId!),
            Period.Parse(context.Variables.Get<string>("period")),
            context.Variables.GetOrDefault<DateOnly?>("submittedOn"));
        var flags = StepEvaluation.Run(Steps.Lplpo, thresholds, DateOnly.FromDateTime(context.Now.Date), [document]);
        context.RecordFlags(flags, thresholds.Version);
        return ValueTask.FromResult(ActivityResult.Done(flags.Count > 0 ? "flagged" : "clean"));
    }
}
