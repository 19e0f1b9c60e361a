using System.Globalization;

namespace Requisition.Rules.Facts;

/// <summary>A reporting month (periode), written <c>YYYY-MM</c>.</summary>
public readonly record struct Period(int Year, int Month) : IComparable<Period>
{
    public static Period Of(DateOnly date) => new(date.Year, date.Month);

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public int Days => DateTime.DaysInMonth(Year, Month);

    /// <summary>Months since year 0: lets callers compare and step periods with plain integers.</summary>
    public int Ordinal => Year * 12 + (Month - 1);

    public Period AddMonths(int months)
    {
        var ordinal = Ordinal + months;
        return new Period(ordinal / 12, ordinal % 12 + 1);
    }

    public int CompareTo(Period other) => Ordinal.CompareTo(other.Ordinal);

    public static bool operator <(Period a, Period b) => a.Ordinal < b.Ordinal;
    public static bool operator >(Period a, Period b) => a.Ordinal > b.Ordinal;
    public static bool operator <=(Period a, Period b) => a.Ordinal <= b.Ordinal;
    public static bool operator >=(Period a, Period b) => a.Ordinal >= b.Ordinal;

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (text is null) return false;
        text = text.Trim();
        if (text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (!int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)) return false;
        if (year < 1900 || year > 9999 || month < 1 || month > 12) return false;
        period = new Period(year, month);
        return true;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is not a period (expected YYYY-MM).");

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
