using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle.Activities;
using Requisition.Workflows.Cycle.Planning.Facts;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Activities;

namespace Requisition.Workflows.Cycle.Planning.Activities;

/// <summary>
/// Creates the year's formulary draft the instance carries. It starts from the items (prices and therapeutic classes)
/// of the facility's newest established formulary of an earlier year, when there is one: the formulary is reviewed
/// each year, not chosen from nothing. Variables: year.
/// </summary>
internal sealed class CreateFormulary : CycleActivity
{
    static CreateFormulary() => PlanningFactSources.EnsureRegistered();

    public override string Type => "CreateFormulary";

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var unit = Unit(context);
        var year = context.Variables.Get<int>(PlanVariables.Year);
        var facility = new FacilityId(context.Instance.FacilityId ?? throw new InvalidOperationException("a formulary instance needs a facility"));
        var previous = await unit.Db.Formularies.AsNoTracking().Include(f => f.Items)
            .Where(f => f.FacilityId == facility && f.Year < year && f.Status == PlanStatus.Established)
            .OrderByDescending(f => f.Year)
            .FirstOrDefaultAsync();
        var formulary = new FormularyDocument
        {
            FacilityId = facility,
            Year = year,
            Status = PlanStatus.Draft,
            CreatedAt = unit.Now,
            WorkflowInstanceId = context.Instance.Id,
            Items = (previous?.Items ?? [])
                .Select(i => new FormularyItem { DrugCode = i.DrugCode, TherapeuticClass = i.TherapeuticClass, UnitPrice = i.UnitPrice })
                .ToList(),
        };
        unit.Db.Formularies.Add(formulary);
        if (previous is not null) context.Variables.Set(PlanVariables.CopiedFrom, previous.Year);
        return ActivityResult.Done();
    }
}
