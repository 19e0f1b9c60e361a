namespace Requisition.Host.Web.Indicators;

/// <summary>
/// The vertical axis of a trend chart: from <see cref="Bottom"/> to <see cref="Top"/> in steps of <see cref="Step"/>, each
/// a round number (1, 2, 2.5 or 5 times a power of ten), so the gridlines fall on values a reader can name: the smallest
/// such step that spans the values in at most six steps.
/// </summary>
internal sealed record ChartAxis(decimal Bottom, decimal Top, decimal Step)
{
    private const int MostSteps = 6;

    /// <summary>An axis that holds every value given (and zero), with at most six steps between gridlines.</summary>
    public static ChartAxis Holding(IEnumerable<decimal> values)
    {
        var all = values.ToList();
        var high = Math.Max(0m, all.Count == 0 ? 0m : all.Max());
        var low = Math.Min(0m, all.Count == 0 ? 0m : all.Min());
        if (high == low) high = low + 1m;
        var step = RoundStep((high - low) / MostSteps);
        var top = Math.Ceiling(high / step) * step;
        var bottom = Math.Floor(low / step) * step;
        return new ChartAxis(bottom, top, step);
    }

    /// <summary>The gridline values, bottom to top.</summary>
    public IEnumerable<decimal> Ticks()
    {
        for (var value = Bottom; value <= Top; value += Step) yield return value;
    }

    /// <summary>Where <paramref name="value"/> falls between the bottom (0) and the top (1).</summary>
    public double Fraction(decimal value) => (double)((value - Bottom) / (Top - Bottom));

    private static decimal RoundStep(decimal raw)
    {
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)raw)));
        var residual = raw / magnitude;
        var nice = residual <= 1m ? 1m : residual <= 2m ? 2m : residual <= 2.5m ? 2.5m : residual <= 5m ? 5m : 10m;
        return nice * magnitude;
    }
}
