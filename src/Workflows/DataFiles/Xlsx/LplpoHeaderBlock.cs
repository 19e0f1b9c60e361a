using System.Text.RegularExpressions;
using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// Reads the header block above the LPLPO table: each label ("Kode Puskesmas", "Periode" ...) found by its text in any
/// cell, its value in the next filled cell to the right (or after a colon in the same cell: "Periode: 2026-10").
/// The puskesmas code and the period are required; the names are taken as written.
/// </summary>
internal static partial class LplpoHeaderBlock
{
    public static LplpoSheetHeader? Read(SheetGrid grid, int tableHeaderRow, SheetErrors errors)
    {
        var found = Labels(grid, tableHeaderRow);
        var code = Code(found, errors);
        var period = Month(found, errors);
        if (code is null || period is null) return null;
        return new LplpoSheetHeader(code, Text(found, LplpoLayout.FacilityLabel) ?? "", period.Value,
            Text(found, LplpoLayout.DistrictLabel), Text(found, LplpoLayout.SupplierLabel));
    }

    /// <summary>A label as found: its row and column, and its value cell (null when nothing follows it).</summary>
    private sealed record Found(int Row, int Column, SheetCell? Value);

    private static Dictionary<string, Found> Labels(SheetGrid grid, int tableHeaderRow)
    {
        var found = new Dictionary<string, Found>(StringComparer.Ordinal);
        foreach (var row in grid.RowNumbers.Where(r => r < tableHeaderRow))
        {
            var cells = grid.Row(row).ToList();
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].Kind != CellKind.Text) continue;
                var text = cells[i].Text;
                var colon = text.IndexOf(':');
                var label = Label(colon >= 0 ? text[..colon] : text);
                if (label is null || found.ContainsKey(label)) continue;
                var after = colon >= 0 ? text[(colon + 1)..].Trim() : "";
                if (after.Length > 0)
                {
                    found[label] = new Found(row, cells[i].Column, cells[i] with { Value = after });
                    continue;
                }
                var next = cells.Skip(i + 1).FirstOrDefault(c => c.Text != ":");
                found[label] = new Found(row, cells[i].Column, next == default ? null : next);
                if (next != default) i = cells.IndexOf(next);
            }
        }
        return found;
    }

    private static string? Label(string text)
    {
        var normalized = Columns.Normalize(text);
        return LplpoLayout.Labels.FirstOrDefault(l => l.Aliases.Contains(normalized, StringComparer.Ordinal)).Label;
    }

    private static string? Code(Dictionary<string, Found> found, SheetErrors errors)
    {
        const string label = LplpoLayout.FacilityCodeLabel;
        if (!found.TryGetValue(label, out var at))
        {
            errors.Add(0, label, $"the header block has no '{label}': put the label above the table with the puskesmas code (e.g. PKM-CIBEBER) in the cell to its right");
            return null;
        }
        if (at.Value is not { } cell)
        {
            errors.Add(at.Row, SheetErrors.Column(at.Column, label), "is empty; the puskesmas code is required (e.g. PKM-CIBEBER)");
            return null;
        }
        var code = cell.Text;
        if (!FacilityCode().IsMatch(code))
        {
            errors.Add(at.Row, SheetErrors.Column(cell.Column, label),
                $"'{code}' is not a puskesmas code: 1 to 50 letters, digits, '-', '_' or '.', without spaces (e.g. PKM-CIBEBER)");
            return null;
        }
        return code;
    }

    private static Period? Month(Dictionary<string, Found> found, SheetErrors errors)
    {
        const string label = LplpoLayout.PeriodLabel;
        if (!found.TryGetValue(label, out var at))
        {
            errors.Add(0, label, $"the header block has no '{label}': put the label above the table with the month (e.g. 2026-10) in the cell to its right");
            return null;
        }
        if (at.Value is not { } cell)
        {
            errors.Add(at.Row, SheetErrors.Column(at.Column, label), "is empty; the reported month is required (e.g. 2026-10)");
            return null;
        }
        var reason = SheetValues.Period(cell, out var period);
        if (reason is null) return period;
        errors.Add(at.Row, SheetErrors.Column(cell.Column, label), reason);
        return null;
    }

    private static string? Text(Dictionary<string, Found> found, string label) =>
        found.TryGetValue(label, out var at) && at.Value is { } cell && cell.Text.Length > 0 ? cell.Text : null;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$")]
    private static partial Regex FacilityCode();
}
