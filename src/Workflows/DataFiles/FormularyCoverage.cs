using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>
/// Checks that the items other files speak of are in formulary.csv. A facility with formulary rows is
/// held to its own list. A facility without any (the district IFK, whose stock serves every puskesmas)
/// is held to the district: its drug code must be listed by some facility.
/// </summary>
internal sealed class FormularyCoverage
{
    private readonly HashSet<ItemKey> _items;
    private readonly HashSet<FacilityId> _facilities;
    private readonly HashSet<DrugCode> _codes;

    public FormularyCoverage(IEnumerable<ItemKey> listed)
    {
        _items = [.. listed];
        _facilities = [.. _items.Select(k => k.Facility)];
        _codes = [.. _items.Select(k => k.DrugCode)];
    }

    /// <summary>
    /// Reports each item of <paramref name="rows"/> that the formulary lacks, once, on the first line it
    /// appears, with how many more rows of the file name it.
    /// </summary>
    public void Check<T>(CsvTable table, IEnumerable<Lined<T>> rows, Func<T, ItemKey> keyOf, DataFileErrorList errors)
    {
        var gaps = rows
            .Select(r => (r.Line, Key: keyOf(r.Value)))
            .Where(r => !Covers(r.Key))
            .GroupBy(r => r.Key);
        var header = table.Headers.FirstOrDefault(h => Columns.Names(Columns.Normalize(h), Columns.DrugCode)) ?? Columns.DrugCode;
        foreach (var gap in gaps)
        {
            var first = gap.First();
            var where = _facilities.Contains(gap.Key.Facility)
                ? $"for {gap.Key.Facility}"
                : $"(no facility lists it, and {gap.Key.Facility} has no formulary rows of its own)";
            var more = gap.Count() - 1;
            var others = more == 0 ? "" : $"; {more} more row{(more == 1 ? "" : "s")} of this item follow";
            errors.Add(new DataFileError(table.FileName, first.Line, header,
                $"drug code '{gap.Key.DrugCode}' is not in {DataFileNames.Formulary} {where}{others}"));
        }
    }

    private bool Covers(ItemKey key) =>
        _facilities.Contains(key.Facility) ? _items.Contains(key) : _codes.Contains(key.DrugCode);
}
