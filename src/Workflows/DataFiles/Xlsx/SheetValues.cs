using System.Globalization;
using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// A cell's value as a quantity or a period, by the rules of the CSV files (docs/data-formats.md, Values): whole units,
/// 0 or more; digits stored as text are accepted, "1.500" or "1,500" are refused. Each returns null when the cell is
/// good, else the reason.
/// </summary>
internal static class SheetValues
{
    /// <summary>Excel's last date serial (31 Dec 9999).</summary>
    private const double MaxDateSerial = 2958465;

    public static string? Quantity(SheetCell cell, out long value)
    {
        value = 0;
        switch (cell.Kind)
        {
            case CellKind.Text:
                return CsvValues.Quantity(cell.Text, out value);
            case CellKind.Number:
                if (!decimal.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    return $"'{cell.Text}' is not a number: expected a quantity like 1500";
                if (number < 0) return $"'{Show(number)}' is negative: quantities are 0 or more";
                if (number != decimal.Truncate(number)) return $"'{Show(number)}' is not a whole number: quantities are whole units, without decimals";
                if (number > long.MaxValue) return $"'{Show(number)}' is too large for a quantity";
                value = (long)number;
                return null;
            case CellKind.Error:
                return $"'{cell.Text}' is an error value of the sheet, not a number: expected a quantity like 1500";
            default:
                return $"'{cell.Text}' is not a number: expected a quantity like 1500";
        }
    }

    /// <summary>Days without stock: a quantity no larger than the days of <paramref name="period"/> (when it is known).</summary>
    public static string? Days(SheetCell cell, Period? period, out int value)
    {
        value = 0;
        var reason = Quantity(cell, out var days);
        if (reason is not null) return reason;
        if (period is { } month && days > month.Days) return $"'{days}' is more than the {month.Days} days of {month}";
        if (days > int.MaxValue) return $"'{days}' is too large for a count of days";
        value = (int)days;
        return null;
    }

    /// <summary>
    /// The reported month: "2026-10" as text, the month's name and year ("Oktober 2026"), or a date (a cell Excel turned
    /// into a date when "2026-10" was typed).
    /// </summary>
    public static string? Period(SheetCell cell, out Period value)
    {
        value = default;
        switch (cell.Kind)
        {
            case CellKind.Number when double.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                                      && serial >= 1 && serial <= MaxDateSerial:
                value = Requisition.Rules.Facts.Period.Of(DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))));
                return null;
            case CellKind.Date when DateTime.TryParse(cell.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                value = Requisition.Rules.Facts.Period.Of(DateOnly.FromDateTime(date));
                return null;
            case CellKind.Text when Requisition.Rules.Facts.Period.TryParse(cell.Text, out value) || MonthName(cell.Text, out value):
                return null;
            default:
                return $"'{cell.Text}' is not a period: expected YYYY-MM, like 2026-10 (or the month and year, like Oktober 2026)";
        }
    }

    private static bool MonthName(string text, out Period value)
    {
        value = default;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2) return false;
        var month = LplpoLayout.Months.ToList().FindIndex(m => string.Equals(m, parts[0], StringComparison.OrdinalIgnoreCase));
        if (month < 0 || parts[1].Length != 4) return false;
        return Requisition.Rules.Facts.Period.TryParse($"{parts[1]}-{month + 1:D2}", out value);
    }

    private static string Show(decimal number) => number.ToString(CultureInfo.InvariantCulture);
}
