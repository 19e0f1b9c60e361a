using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>
/// One data row read by canonical column. Every getter reports a bad value as an error located at
/// this row and column, marks the row invalid and returns a placeholder, so a reader can read all
/// columns of a row (reporting every problem) and then keep the row only when <see cref="IsValid"/>.
/// </summary>
internal sealed class CsvRow
{
    private delegate string? Parser<T>(string text, out T value);

    private readonly CsvSheet _sheet;
    private readonly CsvRecord _record;
    private readonly DataFileErrorList _errors;

    public CsvRow(CsvSheet sheet, CsvRecord record, DataFileErrorList errors)
    {
        _sheet = sheet;
        _record = record;
        _errors = errors;
        var columns = sheet.Table.Headers.Count;
        if (record.Fields.Count > columns && record.Fields.Skip(columns).Any(f => !string.IsNullOrWhiteSpace(f)))
            Fail(null, $"has {record.Fields.Count} fields but the header has {columns} columns");
    }

    public int Line => _record.Line;

    public bool IsValid { get; private set; } = true;

    public string FileName => _sheet.Table.FileName;

    /// <summary>Reports a problem on this row; <paramref name="column"/> is canonical (or null for the whole row).</summary>
    public void Fail(string? column, string reason)
    {
        IsValid = false;
        _errors.Add(new DataFileError(FileName, Line, column is null ? null : _sheet.HeaderOf(column), reason));
    }

    /// <summary>The trimmed text of a column; empty when the column is absent or the field is blank.</summary>
    public string Text(string column)
    {
        var index = _sheet.IndexOf(column);
        return index >= 0 && index < _record.Fields.Count ? _record.Fields[index].Trim() : "";
    }

    public string Required(string column)
    {
        var text = Text(column);
        if (text.Length == 0) Fail(column, "is empty; a value is required");
        return text;
    }

    public string? Optional(string column) => Text(column) is { Length: > 0 } text ? text : null;

    public FacilityId Facility(string column = Columns.Facility) => new(Required(column));

    public DrugCode DrugCode() => new(Required(Columns.DrugCode));

    public long Quantity(string column) => Parse<long>(column, CsvValues.Quantity);

    public long? OptionalQuantity(string column) => ParseOptional<long>(column, CsvValues.Quantity);

    public decimal Money(string column) => Parse<decimal>(column, CsvValues.Money);

    public decimal? OptionalMoney(string column) => ParseOptional<decimal>(column, CsvValues.Money);

    public decimal Decimal(string column) => Parse<decimal>(column, CsvValues.Decimal);

    public Period Period(string column = Columns.Period) => Parse<Period>(column, CsvValues.Month);

    public DateOnly Date(string column) => Parse<DateOnly>(column, CsvValues.Date);

    public DateOnly? OptionalDate(string column) => ParseOptional<DateOnly>(column, CsvValues.Date);

    public bool Flag(string column) => Parse<bool>(column, CsvValues.Flag);

    public int Year(string column = Columns.Year) => Parse<int>(column, CsvValues.Year);

    /// <summary>Days in <paramref name="period"/>; when the period itself was bad, only checked as a quantity.</summary>
    public int Days(string column, Period period)
    {
        if (period == default) return (int)Math.Min(int.MaxValue, Quantity(column));
        return Parse(column, (string text, out int days) => CsvValues.Days(text, period, out days));
    }

    private T Parse<T>(string column, Parser<T> parse) where T : struct
    {
        var text = Required(column);
        if (text.Length == 0) return default;
        var reason = parse(text, out var value);
        if (reason is null) return value;
        Fail(column, reason);
        return default;
    }

    private T? ParseOptional<T>(string column, Parser<T> parse) where T : struct
    {
        var text = Text(column);
        if (text.Length == 0) return null;
        var reason = parse(text, out var value);
        if (reason is null) return value;
        Fail(column, reason);
        return null;
    }
}
