namespace Requisition.Rules.Planning;

/// <summary>
/// The annual drug needs plan (RKO): the seeds' formula 2.1, A = (B + C + D) - E.
/// </summary>
public static class Rko
{
    /// <summary>Weeks in a year, to turn lead-time weeks into a share of annual use.</summary>
    private const decimal WeeksPerYear = 52m;

    /// <summary>
    /// Consumption method: B = average monthly use x 12, C = B x safety %, D = average monthly use x
    /// lead-time weeks x 12 / 52, E = closing stock of the latest month; A = max(0, ceil(B + C + D - E)).
    /// </summary>
    public static RkoPlan Consumption(decimal averageMonthlyUse, long remainingStock, RkoSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var b = averageMonthlyUse * 12m;
        return Assemble(averageMonthlyUse, b, remainingStock, settings, "consumption");
    }

    /// <summary>
    /// Morbidity method: B = sum of projected cases x standard quantity per case, then C and D from B
    /// as in the consumption method (D = B x lead-time weeks / 52), minus E.
    /// </summary>
    public static RkoPlan Morbidity(IEnumerable<MorbidityCase> cases, long remainingStock, RkoSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var b = cases.Sum(c => c.ProjectedCases * c.QuantityPerCase);
        return Assemble(b / 12m, b, remainingStock, settings, "morbidity");
    }

    /// <summary>
    /// Combined method: consumption where the item has a usage history, morbidity where it has none.
    /// </summary>
    public static RkoPlan Combined(
        decimal? averageMonthlyUse, IReadOnlyCollection<MorbidityCase> cases, long remainingStock, RkoSettings settings) =>
        averageMonthlyUse is { } amu && amu > 0
            ? Consumption(amu, remainingStock, settings)
            : Morbidity(cases, remainingStock, settings);

    private static RkoPlan Assemble(decimal amu, decimal b, long e, RkoSettings settings, string method)
    {
        var c = b * settings.SafetyPct / 100m;
        var d = b * settings.LeadTimeWeeks / WeeksPerYear;
        var a = Math.Max(0m, Math.Ceiling(b + c + d - e));
        return new RkoPlan(amu, b, c, d, e, (long)a, method);
    }
}
