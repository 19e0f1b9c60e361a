namespace Requisition.Rules.Planning;

/// <summary>The arithmetic of one LPLPO line (DOMAIN.md, "LPLPO line").</summary>
public static class LplpoArithmetic
{
    /// <summary>Supply (persediaan) = opening stock + received.</summary>
    public static long Supply(long opening, long received) => opening + received;

    /// <summary>Closing stock (sisa stok) = supply - used - lost.</summary>
    public static long Closing(long opening, long received, long used, long lost) =>
        Supply(opening, received) - used - lost;

    /// <summary>
    /// Target stock (stok optimum) = average monthly use x (period months + lead-time months + safety months).
    /// Rounded up to whole units: a pharmacist cannot hold part of a tablet.
    /// </summary>
    public static long Optimum(decimal averageMonthlyUse, decimal periodMonths, decimal leadTimeMonths, decimal safetyMonths)
    {
        if (averageMonthlyUse <= 0) return 0;
        return (long)Math.Ceiling(averageMonthlyUse * (periodMonths + leadTimeMonths + safetyMonths));
    }

    /// <summary>Default request (permintaan) = max(0, stok optimum - sisa stok).</summary>
    public static long DefaultRequest(long optimum, long closing) => Math.Max(0, optimum - closing);
}
