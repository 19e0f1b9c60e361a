using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class AliasTableTests
{
    private static readonly CsvSchema[] Schemas =
    [
        FormularyCsv.Schema, HistoryCsv.Schema, LplpoCsv.Schema, BatchesCsv.Schema, RkoCsv.Schema,
        ShipmentsCsv.Schema, ReceiptsCsv.Schema, BudgetCsv.Schema, ItemsCsv.Schema,
    ];

    public static TheoryData<string> SchemaFiles() => [.. Schemas.Select(s => s.File)];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Schema_NoHeaderNamesTwoOfItsColumns(string file)
    {
        var schema = Schemas.Single(s => s.File == file);
        var names = schema.All.SelectMany(c => Columns.AliasesOf(c).Append(c)).ToList();

        var clashes = names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("Kode Obat", "drug_code")]
    [InlineData("Rusak/ED/Hilang", "lost")]
    [InlineData("No. SBBK", "document")]
    [InlineData(" STOK_AKHIR ", "closing")]
    [InlineData("Hari-Kekosongan", "stockout_days")]
    public void Normalize_SpreadsheetHeader_FindsItsColumn(string header, string column)
    {
        var normalized = Columns.Normalize(header);

        Assert.True(Columns.Names(normalized, column), $"'{header}' normalised to '{normalized}'");
    }
}
