using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>A workbook's shared string table (sharedStrings.xml), read forward only; phonetic runs are left out.</summary>
internal sealed class SharedStrings
{
    private readonly List<string> _items = [];

    public static SharedStrings None { get; } = new();

    public bool TryGet(int index, out string text)
    {
        text = index >= 0 && index < _items.Count ? _items[index] : "";
        return index >= 0 && index < _items.Count;
    }

    public static SharedStrings Read(SharedStringTablePart? part, WorkbookLimits limits)
    {
        var strings = new SharedStrings();
        if (part is null) return strings;
        using var reader = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), WorksheetXml.Settings(limits.MaxPartCharacters));
        var item = new StringBuilder();
        var inItem = false;
        var inText = false;
        var phoneticDepth = -1;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "si":
                    item.Clear();
                    inItem = !reader.IsEmptyElement;
                    if (!inItem) strings.Add("", limits);
                    break;
                case XmlNodeType.Element when reader.LocalName == "rPh" && !reader.IsEmptyElement:
                    phoneticDepth = reader.Depth;
                    break;
                case XmlNodeType.Element when reader.LocalName == "t" && !reader.IsEmptyElement:
                    inText = true;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "rPh":
                    phoneticDepth = -1;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "si":
                    strings.Add(item.ToString(), limits);
                    inItem = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (inItem && inText && phoneticDepth < 0) item.Append(reader.Value);
                    break;
            }
        }
        return strings;
    }

    private void Add(string text, WorkbookLimits limits)
    {
        if (_items.Count >= limits.MaxSharedStrings)
            throw new WorkbookTooLargeException($"holds more than {limits.MaxSharedStrings} different texts");
        _items.Add(text);
    }
}
