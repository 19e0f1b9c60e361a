namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>The cell formats the written workbooks use: the index of each in <see cref="WorkbookStyles"/>'s list.</summary>
internal enum XlsxStyle : uint
{
    Default = 0,
    Bold = 1,
    Title = 2,
    Header = 3,
    Text = 4,
    Number = 5,
    Group = 6,
    Centered = 7,
    CenteredBold = 8,
}
