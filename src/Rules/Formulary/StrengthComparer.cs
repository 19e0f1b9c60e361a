namespace Requisition.Rules.Formulary;

/// <summary>Compares an item's strength with a FORNAS or DOEN strength.</summary>
internal static class StrengthComparer
{
    /// <summary>The best fit of <paramref name="item"/> to a row's stated, composed and gram-read strengths.</summary>
    public static StrengthFit Fit(Strength item, IndexedEntry entry)
    {
        var best = StrengthFit.Mismatch;
        foreach (var strength in new[] { entry.Stated, entry.Composed })
            if (strength is not null) best = Better(best, Fit(item, strength));
        if (best > StrengthFit.AsGrams && entry.GramReading is { } grams && Fit(item, grams) <= StrengthFit.ByTotal)
            best = StrengthFit.AsGrams;
        if (best == StrengthFit.Mismatch && entry.Stated is null) best = StrengthFit.NotStated;
        return best;
    }

    public static StrengthFit Fit(Strength item, Strength listed)
    {
        if (SameComponents(item, listed)) return StrengthFit.Exact;
        if (SameTotal(item, listed)) return StrengthFit.ByTotal;
        return LooselyEqual(item, listed) ? StrengthFit.Loose : StrengthFit.Mismatch;
    }

    private static StrengthFit Better(StrengthFit a, StrengthFit b) => a <= b ? a : b;

    private static bool SameComponents(Strength a, Strength b)
    {
        if (a.Components.Count != b.Components.Count) return false;
        var x = Sorted(a);
        var y = Sorted(b);
        for (var i = 0; i < x.Count; i++)
            if (x[i].Dimension != y[i].Dimension || !Quantity.Close(x[i].Amount, y[i].Amount)) return false;
        return true;
    }

    private static bool SameTotal(Strength a, Strength b) =>
        a.Components.Count != b.Components.Count && a.IsSummable && b.IsSummable
        && a.Components[0].Dimension == b.Components[0].Dimension && Quantity.Close(a.Total, b.Total);

    private static bool LooselyEqual(Strength a, Strength b)
    {
        if (a.Components.Count != b.Components.Count) return false;
        for (var i = 0; i < a.Components.Count; i++)
            if (!LooselyEqual(a.Components[i], b.Components[i])) return false;
        return true;
    }

    private static bool LooselyEqual(Quantity x, Quantity y)
    {
        if (x.Dimension == y.Dimension) return Quantity.Close(x.Amount, y.Amount);
        if (x.IsUnitless || y.IsUnitless) return Quantity.Close(x.Written, y.Written) || Quantity.Close(x.Numerator, y.Numerator);
        return x.Unit == y.Unit && (x.Per is null) != (y.Per is null) && Quantity.Close(x.Numerator, y.Numerator);
    }

    private static List<Quantity> Sorted(Strength s) =>
        s.Components.OrderBy(c => c.Dimension, StringComparer.Ordinal).ThenBy(c => c.Amount).ToList();
}
