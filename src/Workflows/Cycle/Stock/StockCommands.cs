using FluentValidation;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Cycle;

/// <summary>
/// A correction on a facility's own stock card: a loss (expired, damaged, lost) taken out of a batch, or a count
/// adjustment after a stock take (stock opname), in or out. A reason is required; the card keeps who and why.
/// </summary>
public sealed record StockAdjustmentInput(string DrugCode, string Batch, long Quantity, string Kind, string Reason, string? FundSource = null);

public sealed record StockAdjustmentResult(string FacilityId, string DrugCode, string Batch, long Quantity, long BalanceAfter);

/// <summary>Corrections to a facility's stock card (the fix for an EXPIRED error: take the expired batch off).</summary>
public sealed class StockCommands
{
    public const string Loss = "loss";
    public const string Count = "count";

    private readonly CycleHost _host;

    internal StockCommands(CycleHost host) => _host = host;

    /// <summary>
    /// Records a loss (quantity taken out of the batch) or a count adjustment (signed: + found, - missing). Never lets
    /// the batch go below zero. The pharmacist of a puskesmas or sub-unit staff, or the IFK officer, on their own card.
    /// </summary>
    public Task<StockAdjustmentResult> AdjustAsync(Actor actor, StockAdjustmentInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new StockAdjustmentValidator(), input);
        return _host.RunAsync(actor, "stock.adjust", null, async unit =>
        {
            var facility = actor.FacilityId ?? "";
            await Access.RequireAsync(unit, facility, CycleRoles.Pharmacist, CycleRoles.SubUnit, CycleRoles.IfkOfficer);
            var code = new DrugCode(input.DrugCode.Trim());
            var batches = (await Stock.Ledger.BalancesAsync(unit.Db, new FacilityId(facility), cancellationToken))
                .Where(b => b.DrugCode == code && b.Batch == input.Batch.Trim()
                            && (input.FundSource is null || string.Equals(b.FundSource.ToString(), input.FundSource, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (batches.Count == 0) throw new CommandRejectedException("batch", $"{facility} holds no stock of {code} batch {input.Batch}");
            if (batches.Count > 1) throw new CommandRejectedException("fundSource", $"batch {input.Batch} of {code} is held from {string.Join(" and ", batches.Select(b => b.FundSource))}: name the funding source");
            var batch = batches[0];
            var change = input.Kind == Loss ? -input.Quantity : input.Quantity;
            if (batch.Quantity + change < 0)
                throw new CommandRejectedException("quantity", $"batch {batch.Batch} holds {batch.Quantity}; it cannot go below zero");
            Stock.Ledger.Add(unit.Db, new FacilityId(facility), batch, input.Kind == Loss ? MovementKind.Loss : MovementKind.Adjustment, change, unit.Today,
                null, input.Kind == Loss ? "loss" : "stock count", input.Reason.Trim(), actor.UserId, unit.Now);
            return new StockAdjustmentResult(facility, code.Value, batch.Batch, change, batch.Quantity + change);
        }, cancellationToken);
    }
}

internal sealed class StockAdjustmentValidator : AbstractValidator<StockAdjustmentInput>
{
    public StockAdjustmentValidator()
    {
        RuleFor(x => x.DrugCode).NotEmpty().WithMessage("name the item's code");
        RuleFor(x => x.Batch).NotEmpty().WithMessage("name the batch");
        RuleFor(x => x.Kind).Must(k => k is StockCommands.Loss or StockCommands.Count).WithMessage("must be loss or count");
        RuleFor(x => x.Quantity).GreaterThan(0).When(x => x.Kind == StockCommands.Loss).WithMessage("a loss is a quantity above 0");
        RuleFor(x => x.Quantity).NotEqual(0).When(x => x.Kind == StockCommands.Count).WithMessage("a count adjustment is a quantity other than 0 (+ found, - missing)");
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("say why (expired, damaged, stock take)")
            .MaximumLength(InputRules.MaxText).WithMessage($"at most {InputRules.MaxText} characters");
    }
}
