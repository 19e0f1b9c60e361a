namespace Requisition.Rules.Formulary;

/// <summary>How a catalog item relates to FORNAS after matching.</summary>
public enum MatchOutcome
{
    /// <summary>A person confirmed the FORNAS id (the item's <c>fornas_id</c>); no matching was needed.</summary>
    Confirmed,

    /// <summary>Ingredient, form family and strength fit one FORNAS product.</summary>
    Matched,

    /// <summary>Several FORNAS products fit, or one fits only loosely: a person must choose.</summary>
    Ambiguous,

    /// <summary>No FORNAS row fits: the drug, or this form or strength of it, is not on the list.</summary>
    Unmatched,
}
