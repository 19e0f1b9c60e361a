namespace Requisition.Rules.Formulary;

/// <summary>A strength (kekuatan): one component, or one per ingredient of a combination ("400 mg + 80 mg").</summary>
internal sealed record Strength(IReadOnlyList<Quantity> Components)
{
    public string Display => string.Join(" + ", Components.Select(c => c.Display));

    /// <summary>All components share one dimension, so they can be added ("400/80 mg" is 480 mg).</summary>
    public bool IsSummable => Components.Select(c => c.Dimension).Distinct().Count() == 1 && !Components[0].IsUnitless;

    public decimal Total => Components.Sum(c => c.Amount);

    /// <summary>
    /// The canonical text of a signature: the total when the components add up ("480mg" for 400/80 mg,
    /// so "Kotrimoksazol 480 mg" and "Kotrimoksazol 400 mg/80 mg" are the same drug), else each component.
    /// </summary>
    public string Canonical =>
        IsSummable
            ? $"{NumberText.Format(Total)}{Components[0].Dimension}"
            : string.Join("+", Components.Select(c => $"{NumberText.Format(c.Amount)}{c.Dimension}"));
}
