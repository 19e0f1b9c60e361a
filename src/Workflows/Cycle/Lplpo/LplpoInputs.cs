using FluentValidation;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle;

/// <summary>The IFK starts the month: one LPLPO for each active puskesmas it supplies.</summary>
public sealed record StartMonthInput(string Period);

/// <summary>One LPLPO of one facility (a sub-unit to its puskesmas, or a puskesmas left out of the month).</summary>
public sealed record StartLplpoInput(string FacilityId, string Period);

/// <summary>An out-of-cycle request: a justification is required; the items are added as draft lines.</summary>
public sealed record StartEmergencyInput(string Justification, IReadOnlyList<DraftLine>? Lines = null);

/// <summary>
/// A draft line as the pharmacist fills it. Omitted values stay as they are; closing defaults to
/// opening + received - used - lost and the request to what the optimum stock suggests.
/// </summary>
public sealed record DraftLine(
    string DrugCode, long? Used = null, long? Lost = null, long? Closing = null, int? StockoutDays = null, long? Requested = null, string? Note = null);

public sealed record SaveDraftInput(IReadOnlyList<DraftLine> Lines);

public sealed record SubmitInput(IReadOnlyList<Acknowledgement>? Acknowledgements = null);

/// <summary>A funding source's share of a quantity given.</summary>
public sealed record SourceQuantity(FundSource Source, long Quantity);

/// <summary>
/// The reviewer's decision on one line. Without <see cref="Given"/> the line is approved as requested (rounded to
/// whole packs where the pack size is known); without <see cref="Sources"/> the quantity is taken from the funding
/// sources whose batches expire first. Any other quantity than requested needs a reason category.
/// </summary>
public sealed record ReviewLine(
    string DrugCode, long? Given = null, IReadOnlyList<SourceQuantity>? Sources = null, AdjustmentReason? ReasonCategory = null, string? Note = null);

/// <summary>Approve (with any adjusted lines) or return the whole LPLPO for revision with a reason.</summary>
public sealed record ReviewInput(
    string Decision, string? Reason = null, IReadOnlyList<ReviewLine>? Lines = null, IReadOnlyList<Acknowledgement>? Acknowledgements = null)
{
    public const string Approve = "approve";
    public const string Return = "return";
}

public sealed record ApproveManyInput(IReadOnlyList<long> LplpoIds);

public sealed record ShipInput(IReadOnlyList<Acknowledgement>? Acknowledgements = null);

/// <summary>One SBBK line as received: accepted + rejected must equal what was shipped; a rejection needs a reason.</summary>
public sealed record ReceiptLineInput(long IssueLineId, long Accepted, long Rejected = 0, string? Reason = null);

/// <summary>Lines not listed are accepted in full.</summary>
public sealed record ReceiveInput(IReadOnlyList<ReceiptLineInput>? Lines = null, string? Note = null, IReadOnlyList<Acknowledgement>? Acknowledgements = null);

public sealed record AcknowledgeInput(string Reason);

internal static class InputRules
{
    public const int MaxText = 500;

    public static IRuleBuilderOptions<T, string> IsPeriod<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(p => Period.TryParse(p, out _)).WithMessage("must be a period YYYY-MM");

    public static IRuleBuilderOptions<T, long?> NotNegative<T>(this IRuleBuilder<T, long?> rule) =>
        rule.GreaterThanOrEqualTo(0).WithMessage("must not be negative");

    public static IRuleBuilderOptions<T, long> NotNegative<T>(this IRuleBuilder<T, long> rule) =>
        rule.GreaterThanOrEqualTo(0).WithMessage("must not be negative");
}

internal sealed class AcknowledgementValidator : AbstractValidator<Acknowledgement>
{
    public AcknowledgementValidator()
    {
        RuleFor(x => x.Rule).NotEmpty().WithMessage("name the rule id, e.g. EXCESS_STOCK");
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("give the reason for acknowledging")
            .MaximumLength(InputRules.MaxText).WithMessage($"at most {InputRules.MaxText} characters");
    }
}

internal sealed class StartMonthValidator : AbstractValidator<StartMonthInput>
{
    public StartMonthValidator() => RuleFor(x => x.Period).IsPeriod();
}

internal sealed class StartLplpoValidator : AbstractValidator<StartLplpoInput>
{
    public StartLplpoValidator()
    {
        RuleFor(x => x.FacilityId).NotEmpty().WithMessage("name the facility");
        RuleFor(x => x.Period).IsPeriod();
    }
}

internal sealed class DraftLineValidator : AbstractValidator<DraftLine>
{
    public DraftLineValidator()
    {
        RuleFor(x => x.DrugCode).NotEmpty().WithMessage("name the item's code");
        RuleFor(x => x.Used).NotNegative();
        RuleFor(x => x.Lost).NotNegative();
        RuleFor(x => x.Closing).NotNegative();
        RuleFor(x => x.Requested).NotNegative();
        RuleFor(x => x.StockoutDays).InclusiveBetween(0, 31).WithMessage("must be from 0 to 31 days");
        RuleFor(x => x.Note).MaximumLength(InputRules.MaxText).WithMessage($"at most {InputRules.MaxText} characters");
    }
}

internal sealed class SaveDraftValidator : AbstractValidator<SaveDraftInput>
{
    public SaveDraftValidator()
    {
        RuleFor(x => x.Lines).NotNull().WithMessage("give the lines to save");
        RuleForEach(x => x.Lines).SetValidator(new DraftLineValidator());
        RuleFor(x => x.Lines).Must(NoDuplicates).WithMessage("names an item twice").When(x => x.Lines is not null);
    }

    public static bool NoDuplicates(IReadOnlyList<DraftLine> lines) =>
        lines.Where(l => l.DrugCode is not null).GroupBy(l => l.DrugCode, StringComparer.OrdinalIgnoreCase).All(g => g.Count() == 1);
}

internal sealed class StartEmergencyValidator : AbstractValidator<StartEmergencyInput>
{
    public StartEmergencyValidator()
    {
        RuleFor(x => x.Justification).Must(j => !string.IsNullOrWhiteSpace(j) && j.Trim().Length >= 10)
            .WithMessage("an emergency request needs a justification (at least 10 characters)")
            .MaximumLength(InputRules.MaxText).WithMessage($"at most {InputRules.MaxText} characters");
        RuleForEach(x => x.Lines).SetValidator(new DraftLineValidator());
        RuleFor(x => x.Lines!).Must(SaveDraftValidator.NoDuplicates).WithMessage("names an item twice").When(x => x.Lines is not null);
    }
}

internal sealed class SubmitValidator : AbstractValidator<SubmitInput>
{
    public SubmitValidator() => RuleForEach(x => x.Acknowledgements).SetValidator(new AcknowledgementValidator());
}

internal sealed class ReviewValidator : AbstractValidator<ReviewInput>
{
    public ReviewValidator()
    {
        RuleFor(x => x.Decision).Must(d => d is ReviewInput.Approve or ReviewInput.Return).WithMessage("must be approve or return");
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(x => x.Decision == ReviewInput.Return)
            .WithMessage("returning an LPLPO needs the reason, for the pharmacist to revise it");
        RuleFor(x => x.Reason).MaximumLength(InputRules.MaxText).WithMessage($"at most {InputRules.MaxText} characters");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.DrugCode).NotEmpty().WithMessage("name the item's code");
            line.RuleFor(l => l.Given).NotNegative();
            line.RuleFor(l => l.ReasonCategory).IsInEnum().WithMessage("is not a known reason category");
            line.RuleFor(l => l.Note).MaximumLength(InputRules.MaxText).WithMessage($"at most {InputRules.MaxText} characters");
            line.RuleFor(l => l.Note).Must(n => !string.IsNullOrWhiteSpace(n)).When(l => l.ReasonCategory == AdjustmentReason.Other)
                .WithMessage("the reason category Other needs a note");
            line.RuleForEach(l => l.Sources).ChildRules(s =>
            {
                s.RuleFor(q => q.Source).IsInEnum().WithMessage("is not a known funding source");
                s.RuleFor(q => q.Quantity).NotNegative();
            });
            line.RuleFor(l => l.Sources!).Must(s => s.Select(q => q.Source).Distinct().Count() == s.Count)
                .When(l => l.Sources is not null).WithMessage("names a funding source twice");
            line.RuleFor(l => l).Must(l => l.Sources!.Sum(s => s.Quantity) == l.Given).When(l => l.Sources is not null && l.Given is not null)
                .WithName("sources").WithMessage("the funding sources must add up to the quantity given");
        });
        RuleFor(x => x.Lines!).Must(lines => lines.GroupBy(l => l.DrugCode, StringComparer.OrdinalIgnoreCase).All(g => g.Count() == 1))
            .When(x => x.Lines is not null).WithMessage("names an item twice");
        RuleForEach(x => x.Acknowledgements).SetValidator(new AcknowledgementValidator());
    }
}

internal sealed class ApproveManyValidator : AbstractValidator<ApproveManyInput>
{
    public ApproveManyValidator()
    {
        RuleFor(x => x.LplpoIds).NotEmpty().WithMessage("name at least one LPLPO");
        RuleFor(x => x.LplpoIds).Must(ids => ids.Distinct().Count() == ids.Count).When(x => x.LplpoIds is not null).WithMessage("names an LPLPO twice");
    }
}

internal sealed class ShipValidator : AbstractValidator<ShipInput>
{
    public ShipValidator() => RuleForEach(x => x.Acknowledgements).SetValidator(new AcknowledgementValidator());
}

internal sealed class ReceiveValidator : AbstractValidator<ReceiveInput>
{
    public ReceiveValidator()
    {
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Accepted).NotNegative();
            line.RuleFor(l => l.Rejected).NotNegative();
            line.RuleFor(l => l.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(l => l.Rejected > 0)
                .WithMessage("a rejected quantity needs a reason (damaged, expired, wrong item, short)");
            line.RuleFor(l => l.Reason).MaximumLength(InputRules.MaxText).WithMessage($"at most {InputRules.MaxText} characters");
        });
        RuleFor(x => x.Lines!).Must(lines => lines.Select(l => l.IssueLineId).Distinct().Count() == lines.Count)
            .When(x => x.Lines is not null).WithMessage("names an SBBK line twice");
        RuleFor(x => x.Note).MaximumLength(InputRules.MaxText).WithMessage($"at most {InputRules.MaxText} characters");
        RuleForEach(x => x.Acknowledgements).SetValidator(new AcknowledgementValidator());
    }
}

internal sealed class AcknowledgeValidator : AbstractValidator<AcknowledgeInput>
{
    public AcknowledgeValidator() =>
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("give the reason for acknowledging")
            .MaximumLength(InputRules.MaxText).WithMessage($"at most {InputRules.MaxText} characters");
}
