using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles.Xlsx;

namespace Requisition.Host.Web.Exports;

/// <summary>
/// An LPLPO as the official form prints it (the printable page and the .xlsx): the document, its header block and
/// item rows grouped (obat, obat program, BMHP), the signature blocks, and the file name of its download.
/// </summary>
public sealed record LplpoForm(LplpoView Lplpo, LplpoSheet Sheet, IReadOnlyList<SignatureBlock> Signatures, string FileName)
{
    /// <summary>The item rows under each group heading, in the form's order.</summary>
    public IEnumerable<IGrouping<string?, LplpoSheetLine>> Groups => Sheet.Lines.GroupBy(l => l.Group);
}
