using System.Globalization;

namespace Requisition.Workflows.Tests.DataFiles.Xlsx;

/// <summary>A cell's content as a test sets it: OpenXml type letter ("s" text, "n" number, "b" boolean, "e" error) and the text.</summary>
internal sealed record TestValue(string Type, string Text);

/// <summary>One worksheet of a <see cref="TestWorkbook"/>: cells by row and column, and merged ranges.</summary>
internal sealed class TestSheet(string name)
{
    public string Name { get; } = name;

    public SortedDictionary<(int Row, int Column), TestValue> Cells { get; } = [];

    public List<string> Merges { get; } = [];

    /// <summary>Sets a cell: a string is text, a number is a number, null clears it.</summary>
    public TestSheet Set(string reference, object? value)
    {
        var column = reference[0] - 'A' + 1;
        var row = int.Parse(reference[1..], CultureInfo.InvariantCulture);
        return Set(row, column, value);
    }

    public TestSheet Set(int row, int column, object? value)
    {
        if (value is null) Cells.Remove((row, column));
        else Cells[(row, column)] = value switch
        {
            TestValue raw => raw,
            string text => new TestValue("s", text),
            IFormattable number => new TestValue("n", number.ToString(null, CultureInfo.InvariantCulture)),
            _ => new TestValue("s", value.ToString() ?? ""),
        };
        return this;
    }

    /// <summary>Sets a whole row from column A.</summary>
    public TestSheet Row(int row, params object?[] values)
    {
        foreach (var column in Cells.Keys.Where(k => k.Row == row).ToList()) Cells.Remove(column);
        for (var i = 0; i < values.Length; i++) Set(row, i + 1, values[i]);
        return this;
    }

    public TestSheet ClearRow(int row) => Row(row);

    public TestSheet Merge(string range)
    {
        Merges.Add(range);
        return this;
    }
}
