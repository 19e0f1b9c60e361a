using System.Globalization;
using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>
/// The value types of the input files. Every parser is strict and invariant: '.' is the decimal point,
/// there are no thousands separators, dates are ISO. A file saved in an Indonesian locale ("1.500,50")
/// is refused with a message that shows the expected form instead of being read as a different number.
/// Each parser returns null when the text is good, else the reason (the text is already trimmed and non-empty).
/// </summary>
internal static class CsvValues
{
    private const string NoSeparators = "'.' is the decimal point, no thousands separators";

    private static readonly Dictionary<string, bool> Flags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true, ["no"] = false,
        ["ya"] = true, ["tidak"] = false,
        ["true"] = true, ["false"] = false,
        ["y"] = true, ["n"] = false,
        ["1"] = true, ["0"] = false,
    };

    /// <summary>A quantity: whole units, 0 or more.</summary>
    public static string? Quantity(string text, out long value)
    {
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
            return $"'{text}' is not a whole number: expected a quantity like 1500 (digits only, no separators)";
        return value < 0 ? $"'{text}' is negative: quantities are 0 or more" : null;
    }

    /// <summary>A count of days in a month: whole, from 0 to the days of <paramref name="period"/>.</summary>
    public static string? Days(string text, Period period, out int value)
    {
        value = 0;
        var reason = Quantity(text, out var days);
        if (reason is not null) return reason;
        if (days > period.Days) return $"'{text}' is more than the {period.Days} days of {period}";
        value = (int)days;
        return null;
    }

    /// <summary>Rupiah: 0 or more, at most 2 decimals (so "1.500" written for 1500 is caught, not read as 1.5).</summary>
    public static string? Money(string text, out decimal value)
    {
        var reason = Decimal(text, out value);
        if (reason is not null) return reason;
        return value.Scale > 2
            ? $"'{text}' has more than 2 decimals: expected an amount like 1500.50 ({NoSeparators})"
            : null;
    }

    /// <summary>A non-negative decimal number in invariant form.</summary>
    public static string? Decimal(string text, out decimal value)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out value))
            return $"'{text}' is not a number: expected a number like 1500.50 ({NoSeparators})";
        return value < 0 ? $"'{text}' is negative: expected 0 or more" : null;
    }

    /// <summary>A calendar date written YYYY-MM-DD.</summary>
    public static string? Date(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            ? null
            : $"'{text}' is not a date: expected YYYY-MM-DD, like 2027-03-31";

    /// <summary>A reporting month written YYYY-MM.</summary>
    public static string? Month(string text, out Period value) =>
        Period.TryParse(text, out value) ? null : $"'{text}' is not a period: expected YYYY-MM, like 2026-10";

    /// <summary>A year written with four digits.</summary>
    public static string? Year(string text, out int value)
    {
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1900)
            return null;
        value = 0;
        return $"'{text}' is not a year: expected four digits, like 2027";
    }

    /// <summary>yes/no, ya/tidak, true/false, y/n or 1/0, in any case.</summary>
    public static string? Flag(string text, out bool value) =>
        Flags.TryGetValue(text, out value) ? null : $"'{text}' is not yes or no: expected yes/no, ya/tidak, true/false, y/n or 1/0";
}
