using FluentValidation;

namespace Requisition.Workflows.Cycle;

/// <summary>One disease's share of an item's need by the morbidity method (metode morbiditas): projected cases x dose per case.</summary>
/// <param name="Cases">Cases expected in the planning year.</param>
/// <param name="DosePerCase">Units of the item one case takes by the treatment guideline.</param>
public sealed record MorbidityInput(string Disease, decimal Cases, decimal DosePerCase);

/// <summary>
/// The pharmacist's edit of one RKO line: a planned need given outright, or the morbidity cases it is computed from
/// (B = sum of cases x dose per case, then safety and lead-time stock from B, less the remaining stock). Not both.
/// </summary>
public sealed record RkoEditLine(string DrugCode, long? PlannedNeed = null, IReadOnlyList<MorbidityInput>? Morbidity = null);

public sealed record EditRkoInput(IReadOnlyList<RkoEditLine> Lines);

/// <summary>The IFK consolidates the established RKOs of its puskesmas for a year against the drug budget (anggaran obat) in rupiah.</summary>
public sealed record ConsolidateInput(int Year, decimal Budget);

/// <summary>A planned need the IFK officer sets for one item of the consolidated RKO.</summary>
public sealed record FitLine(string DrugCode, long PlannedNeed);

/// <summary>
/// Fits the consolidated RKO to the budget: without lines every priced line is scaled down in proportion until the
/// plan's cost is within the budget; with lines the officer's quantities are taken as given.
/// </summary>
public sealed record FitBudgetInput(IReadOnlyList<FitLine>? Lines = null, IReadOnlyList<Acknowledgement>? Acknowledgements = null);

internal sealed class MorbidityInputValidator : AbstractValidator<MorbidityInput>
{
    public const decimal MaxCases = 100_000_000m;

    public MorbidityInputValidator()
    {
        RuleFor(x => x.Disease).Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("name the disease (e.g. ISPA, diare)")
            .MaximumLength(PlanInputRules.MaxClass).WithMessage($"at most {PlanInputRules.MaxClass} characters");
        RuleFor(x => x.Cases).InclusiveBetween(0, MaxCases).WithMessage($"must be from 0 to {MaxCases:N0}");
        RuleFor(x => x.DosePerCase).GreaterThan(0).WithMessage("must be more than 0")
            .LessThanOrEqualTo(10_000).WithMessage("must be at most 10,000 units per case");
    }
}

internal sealed class EditRkoValidator : AbstractValidator<EditRkoInput>
{
    public EditRkoValidator()
    {
        RuleFor(x => x.Lines).NotEmpty().WithMessage("give at least one line");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.DrugCode).IsDrugCode();
            line.RuleFor(l => l.PlannedNeed).GreaterThanOrEqualTo(0).WithMessage("must not be negative");
            line.RuleFor(l => l).Must(l => (l.PlannedNeed is null) != (l.Morbidity is null))
                .OverridePropertyName("PlannedNeed")
                .WithMessage("give either a planned need or the morbidity cases, not both and not neither");
            line.RuleFor(l => l.Morbidity).Must(m => m!.Count > 0).When(l => l.Morbidity is not null)
                .WithMessage("give at least one disease, or a planned need instead");
            line.RuleForEach(l => l.Morbidity).SetValidator(new MorbidityInputValidator());
            line.RuleFor(l => l.Morbidity).Must(m => PlanInputRules.Distinct(m!.Select(c => c?.Disease)))
                .When(l => l.Morbidity is not null).WithMessage("names a disease twice");
        });
        RuleFor(x => x.Lines).Must(lines => PlanInputRules.Distinct(lines.Select(l => l?.DrugCode)))
            .When(x => x.Lines is not null).WithMessage("names an item twice");
    }
}

internal sealed class ConsolidateValidator : AbstractValidator<ConsolidateInput>
{
    public ConsolidateValidator()
    {
        RuleFor(x => x.Year).IsPlanningYear();
        RuleFor(x => x.Budget).GreaterThan(0).WithMessage("give the drug budget in rupiah (more than 0)");
    }
}

internal sealed class FitBudgetValidator : AbstractValidator<FitBudgetInput>
{
    public FitBudgetValidator()
    {
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.DrugCode).IsDrugCode();
            line.RuleFor(l => l.PlannedNeed).GreaterThanOrEqualTo(0).WithMessage("must not be negative");
        });
        RuleFor(x => x.Lines).Must(lines => PlanInputRules.Distinct(lines!.Select(l => l?.DrugCode)))
            .When(x => x.Lines is not null).WithMessage("names an item twice");
        RuleForEach(x => x.Acknowledgements).SetValidator(new AcknowledgementValidator());
    }
}
