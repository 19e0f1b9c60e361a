namespace Requisition.Workflows.Persistence.Entities;

/// <summary>Why the reviewer gave a quantity other than the one requested (with a free-text remark besides).</summary>
public enum AdjustmentReason
{
    /// <summary>The supplier's own stock is short.</summary>
    SupplierStockShort = 0,
    /// <summary>The request exceeds the facility's plan (RKO).</summary>
    AbovePlan = 1,
    /// <summary>The facility already holds enough or too much.</summary>
    StockSufficient = 2,
    /// <summary>Given in a pack multiple.</summary>
    PackRounding = 3,
    Other = 4,
}
