using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Stock;

/// <summary>What a facility holds of one batch of one item bought from one funding source.</summary>
public sealed record BatchBalance(DrugCode DrugCode, string Batch, DateOnly Expiry, FundSource FundSource, long Quantity, decimal? UnitPrice);
