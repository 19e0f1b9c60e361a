namespace Requisition.Rules.Formulary;

/// <summary>
/// One strength component in canonical units: mass in mg, international units in IU, a volume in ml;
/// a concentration per ml (per g for creams). Percentages are stored as mg/ml (1 % = 10 mg/ml, the
/// w/v reading), so "0,1 %" adrenaline equals "1 mg/ml" and "10 %" calcium gluconate equals "100 mg/ml".
/// </summary>
/// <param name="Amount">The value compared: the amount, or the amount per one <paramref name="Per"/>.</param>
/// <param name="Unit">"mg", "iu", "ml", another unit code, or "?" when the text gave a bare number.</param>
/// <param name="Per">Null for an amount (per tablet, vial, depot), "ml" for a concentration, "dosis" or "jam".</param>
/// <param name="Numerator">The amount before dividing by the denominator ("40 mg/10 ml" has 40).</param>
/// <param name="Written">The number as written, before units ("1,2 juta" is 1200000).</param>
/// <param name="Display">How a reason shows it: "250 mg/5 ml", "0.1 %".</param>
internal sealed record Quantity(decimal Amount, string Unit, string? Per, decimal Numerator, decimal Written, string Display)
{
    public bool IsUnitless => Unit == "?";

    /// <summary>"mg", "mg/ml", "iu/dosis": two quantities are comparable only with the same dimension.</summary>
    public string Dimension => Per is null ? Unit : $"{Unit}/{Per}";

    /// <summary>The same quantity with a different denominator ("200 mg" of a suspension read as "200 mg/5 ml").</summary>
    public Quantity Over(decimal count, string per, string perDisplay) =>
        this with { Amount = Numerator / count, Per = per, Display = $"{Display}/{perDisplay}" };

    /// <summary>The same quantity read in grams: FORNAS stores some 1 g vials as "1 MILIGRAM".</summary>
    public Quantity AsGrams() => this with { Amount = Amount * 1000m, Numerator = Numerator * 1000m, Display = $"{NumberText.Format(Written)} g" };

    public static bool Close(decimal a, decimal b) => a == b || Math.Abs(a - b) <= 0.005m * Math.Max(Math.Abs(a), Math.Abs(b));
}
