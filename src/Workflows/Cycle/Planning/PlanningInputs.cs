using FluentValidation;

namespace Requisition.Workflows.Cycle;

/// <summary>Starts the year's formulary or RKO of the actor's own facility.</summary>
public sealed record StartPlanInput(int Year);

/// <summary>One item proposed for the formulary: the drug, its unit price in rupiah (harga satuan) and its therapeutic class (kelas terapi).</summary>
public sealed record FormularyItemInput(string DrugCode, decimal UnitPrice, string? TherapeuticClass = null);

/// <summary>Items to add to the draft formulary; an item already on it takes the new price and class.</summary>
public sealed record ProposeItemsInput(IReadOnlyList<FormularyItemInput> Items);

/// <summary>Items to take off the draft formulary.</summary>
public sealed record RemoveItemsInput(IReadOnlyList<string> DrugCodes);

/// <summary>
/// The head of puskesmas establishes (menetapkan) the formulary or RKO, acknowledging any warning left with a reason,
/// or returns it to the pharmacist with the reason it needs revising.
/// </summary>
public sealed record EstablishInput(string Decision, string? Reason = null, IReadOnlyList<Acknowledgement>? Acknowledgements = null)
{
    public const string Establish = "establish";
    public const string Return = "return";
}

internal static class PlanInputRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxCode = 50;
    public const int MaxClass = 100;

    public static IRuleBuilderOptions<T, int> IsPlanningYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(MinYear, MaxYear).WithMessage($"must be a year from {MinYear} to {MaxYear}");

    public static IRuleBuilderOptions<T, string> IsDrugCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("name the item's code")
            .MaximumLength(MaxCode).WithMessage($"at most {MaxCode} characters");

    public static bool Distinct(IEnumerable<string?> codes)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return codes.Where(c => !string.IsNullOrWhiteSpace(c)).All(c => seen.Add(c!.Trim()));
    }
}

internal sealed class StartPlanValidator : AbstractValidator<StartPlanInput>
{
    public StartPlanValidator() => RuleFor(x => x.Year).IsPlanningYear();
}

internal sealed class ProposeItemsValidator : AbstractValidator<ProposeItemsInput>
{
    public ProposeItemsValidator()
    {
        RuleFor(x => x.Items).NotEmpty().WithMessage("propose at least one item");
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.DrugCode).IsDrugCode();
            item.RuleFor(i => i.UnitPrice).GreaterThanOrEqualTo(0).WithMessage("must not be negative");
            item.RuleFor(i => i.TherapeuticClass).MaximumLength(PlanInputRules.MaxClass).WithMessage($"at most {PlanInputRules.MaxClass} characters");
        });
        RuleFor(x => x.Items).Must(items => PlanInputRules.Distinct(items.Select(i => i?.DrugCode)))
            .When(x => x.Items is not null).WithMessage("names an item twice");
    }
}

internal sealed class RemoveItemsValidator : AbstractValidator<RemoveItemsInput>
{
    public RemoveItemsValidator()
    {
        RuleFor(x => x.DrugCodes).NotEmpty().WithMessage("name at least one item to remove");
        RuleForEach(x => x.DrugCodes).IsDrugCode();
        RuleFor(x => x.DrugCodes).Must(codes => PlanInputRules.Distinct(codes))
            .When(x => x.DrugCodes is not null).WithMessage("names an item twice");
    }
}

internal sealed class EstablishValidator : AbstractValidator<EstablishInput>
{
    public EstablishValidator()
    {
        RuleFor(x => x.Decision).Must(d => d is EstablishInput.Establish or EstablishInput.Return).WithMessage("must be establish or return");
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(x => x.Decision == EstablishInput.Return)
            .WithMessage("returning needs the reason, for the pharmacist to revise it");
        RuleFor(x => x.Reason).MaximumLength(InputRules.MaxText).WithMessage($"at most {InputRules.MaxText} characters");
        RuleForEach(x => x.Acknowledgements).SetValidator(new AcknowledgementValidator());
    }
}
