namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// Lays an LPLPO out as the official form: the title across the table, the header block, the table with a heading
/// row per item group and numbered item rows, then the signature blocks side by side.
/// </summary>
internal static class LplpoSheetWriter
{
    private const int LabelColumn = 2;
    private const int ValueColumn = 4;
    private const int SignatureSpaceRows = 3;

    public static void Write(Stream output, LplpoSheet lplpo, IReadOnlyList<SignatureBlock> signatures)
    {
        ArgumentNullException.ThrowIfNull(lplpo);
        ArgumentNullException.ThrowIfNull(signatures);
        var sheet = new SheetBuilder();
        var width = LplpoLayout.Table.Count;
        foreach (var column in LplpoLayout.Table) sheet.SetWidth(LplpoLayout.ColumnOf(column.Field), column.Width);

        sheet.NextRow();
        sheet.Text(1, LplpoLayout.Title, XlsxStyle.Title);
        sheet.Merge(1, width);
        HeaderBlock(sheet, lplpo.Header);
        sheet.NextRow(skip: 1);
        foreach (var column in LplpoLayout.Table) sheet.Text(LplpoLayout.ColumnOf(column.Field), column.Header, XlsxStyle.Header);
        Items(sheet, lplpo.Lines, width);
        Signatures(sheet, signatures, width);
        WorkbookPackage.Save(output, LplpoLayout.SheetName, sheet, new PrintLayout(Landscape: true));
    }

    private static void HeaderBlock(SheetBuilder sheet, LplpoSheetHeader header)
    {
        sheet.NextRow(skip: 1);
        Label(sheet, LplpoLayout.FacilityLabel, header.FacilityName);
        sheet.NextRow();
        Label(sheet, LplpoLayout.FacilityCodeLabel, header.FacilityCode);
        sheet.NextRow();
        Label(sheet, LplpoLayout.DistrictLabel, header.DistrictName);
        sheet.NextRow();
        Label(sheet, LplpoLayout.PeriodLabel, header.Period.ToString());
        sheet.Text(ValueColumn + 1, LplpoLayout.MonthName(header.Period));
        sheet.NextRow();
        Label(sheet, LplpoLayout.SupplierLabel, header.SupplierName);
    }

    private static void Label(SheetBuilder sheet, string label, string? value)
    {
        sheet.Text(LabelColumn, label, XlsxStyle.Bold);
        sheet.Text(ValueColumn, value);
    }

    private static void Items(SheetBuilder sheet, IReadOnlyList<LplpoSheetLine> lines, int width)
    {
        string? group = null;
        var number = 0;
        foreach (var line in lines)
        {
            if (line.Group is { Length: > 0 } heading && heading != group)
            {
                sheet.NextRow();
                sheet.Text(1, heading, XlsxStyle.Group);
                sheet.Merge(1, width);
            }
            group = line.Group;
            sheet.NextRow();
            sheet.Number(Col(LplpoField.No), ++number);
            sheet.Text(Col(LplpoField.DrugCode), line.DrugCode, XlsxStyle.Text);
            sheet.Text(Col(LplpoField.Name), line.Name, XlsxStyle.Text);
            sheet.Text(Col(LplpoField.Unit), line.Unit, XlsxStyle.Text);
            sheet.Number(Col(LplpoField.Opening), line.Opening);
            sheet.Number(Col(LplpoField.Received), line.Received);
            sheet.Number(Col(LplpoField.Supply), line.Opening + line.Received);
            sheet.Number(Col(LplpoField.Used), line.Used);
            sheet.Number(Col(LplpoField.Lost), line.Lost);
            sheet.Number(Col(LplpoField.Closing), line.Closing);
            sheet.Number(Col(LplpoField.StockoutDays), line.StockoutDays);
            sheet.Number(Col(LplpoField.Optimum), line.Optimum);
            sheet.Number(Col(LplpoField.Requested), line.Requested);
            sheet.Number(Col(LplpoField.Given), line.Given);
            sheet.Text(Col(LplpoField.Note), line.Note, XlsxStyle.Text);
        }
    }

    /// <summary>The blocks side by side across the table's width, each title's prefix ("Mengetahui:") on the line above.</summary>
    private static void Signatures(SheetBuilder sheet, IReadOnlyList<SignatureBlock> blocks, int width)
    {
        if (blocks.Count == 0) return;
        var spans = Enumerable.Range(0, blocks.Count)
            .Select(i => (First: 1 + i * width / blocks.Count, Last: (i + 1) * width / blocks.Count)).ToList();
        sheet.NextRow(skip: 1);
        if (blocks.Any(b => b.Prefix is not null))
        {
            Across(sheet, spans, blocks.Select(b => b.Prefix).ToList(), XlsxStyle.Centered);
            sheet.NextRow();
        }
        Across(sheet, spans, blocks.Select(b => (string?)b.Heading).ToList(), XlsxStyle.CenteredBold);
        sheet.NextRow(skip: SignatureSpaceRows);
        Across(sheet, spans, blocks.Select(b => (string?)$"( {(string.IsNullOrWhiteSpace(b.Name) ? new string('.', 30) : b.Name)} )").ToList(), XlsxStyle.Centered);
        sheet.NextRow();
        Across(sheet, spans, blocks.Select(b => (string?)$"NIP. {b.Nip}".TrimEnd()).ToList(), XlsxStyle.Centered);
    }

    private static void Across(SheetBuilder sheet, List<(int First, int Last)> spans, List<string?> texts, XlsxStyle style)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            if (texts[i] is not { Length: > 0 } text) continue;
            sheet.Text(spans[i].First, text, style);
            if (spans[i].Last > spans[i].First) sheet.Merge(spans[i].First, spans[i].Last);
        }
    }

    private static int Col(LplpoField field) => LplpoLayout.ColumnOf(field);
}
