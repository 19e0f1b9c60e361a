using System.Text.RegularExpressions;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles.Xlsx;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web.Exports;

/// <summary>
/// Builds the official LPLPO form of one document for whoever may read it (the application query decides: a document
/// outside the caller's scope is a <see cref="NotFoundException"/>). Items are grouped as the paper form groups them:
/// a BMHP item under "BMHP", else a programme drug under "OBAT PROGRAM", else under "OBAT".
/// </summary>
public static partial class LplpoForms
{
    public const string DrugGroup = "OBAT";
    public const string ProgrammeGroup = "OBAT PROGRAM";
    public const string BmhpGroup = "BMHP";

    public const string HeadTitle = "Kepala Puskesmas";
    public const string OfficerTitle = "Petugas Pengelola Obat";
    public const string IfkHeadTitle = "Kepala Instalasi Farmasi Kabupaten (IFK)";
    public const string HealthOfficeTitle = "Mengetahui: Kepala Dinas Kesehatan";

    private static readonly string[] GroupOrder = [DrugGroup, ProgrammeGroup, BmhpGroup];

    public static async Task<LplpoForm> ReadAsync(CycleHost cycle, Actor actor, long id, CancellationToken cancellationToken)
    {
        var lplpo = await cycle.Queries.LplpoAsync(actor, id, cancellationToken);
        var people = new[] { lplpo.SubmittedBy, lplpo.ReviewedBy }.OfType<string>().ToList();
        var references = await FormReferences.ReadAsync(cycle.Database, lplpo.FacilityId, lplpo.SupplierId, people, cancellationToken);
        var supplier = references.FacilityName(lplpo.SupplierId);
        var header = new LplpoSheetHeader(lplpo.FacilityId, references.FacilityName(lplpo.FacilityId), Period.Parse(lplpo.Period),
            District(supplier), supplier.Length > 0 ? supplier : lplpo.SupplierId);
        var lines = lplpo.Lines
            .Select(l => (Line: l, Group: Group(references.Items.GetValueOrDefault(l.DrugCode))))
            .OrderBy(x => Array.IndexOf(GroupOrder, x.Group)).ThenBy(x => x.Line.DrugCode, StringComparer.Ordinal)
            .Select(x => new LplpoSheetLine(0, x.Group, x.Line.DrugCode, x.Line.Name, references.Items.GetValueOrDefault(x.Line.DrugCode)?.Unit ?? "",
                x.Line.Opening, x.Line.Received, x.Line.Used, x.Line.Lost, x.Line.Closing, x.Line.StockoutDays, x.Line.Optimum, x.Line.Requested,
                x.Line.Given, x.Line.Note))
            .ToList();
        IReadOnlyList<SignatureBlock> signatures =
        [
            new(HeadTitle, references.HeadOfFacility, null),
            new(OfficerTitle, references.Person(lplpo.SubmittedBy), null),
            new(IfkHeadTitle, references.Person(lplpo.ReviewedBy), null),
            new(HealthOfficeTitle, null, null),
        ];
        return new LplpoForm(lplpo, new LplpoSheet(header, lines), signatures, FileName(lplpo));
    }

    /// <summary>The form as an Excel workbook in the official layout (<see cref="LplpoWorkbook"/>).</summary>
    public static byte[] Xlsx(LplpoForm form)
    {
        using var output = new MemoryStream();
        LplpoWorkbook.Write(output, form.Sheet, form.Signatures);
        return output.ToArray();
    }

    /// <summary>"LPLPO_PKM-CIBEBER_2026-10.xlsx"; an emergency request also names its number.</summary>
    public static string FileName(LplpoView lplpo) =>
        lplpo.Kind == "regular"
            ? ExportFiles.Name("LPLPO", lplpo.FacilityId, lplpo.Period) + ".xlsx"
            : ExportFiles.Name("LPLPO-CITO", lplpo.FacilityId, lplpo.Period, lplpo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ".xlsx";

    private static string Group(FormItem? item) => item switch
    {
        { Bmhp: true } => BmhpGroup,
        { Programme: true } => ProgrammeGroup,
        _ => DrugGroup,
    };

    /// <summary>
    /// The district (kabupaten/kota) as the IFK's name gives it ("Instalasi Farmasi Kabupaten Garut" -> "Kabupaten
    /// Garut"); the catalog keeps no district name of its own, so a name without one leaves the line blank.
    /// </summary>
    private static string? District(string supplierName)
    {
        var match = DistrictWord().Match(supplierName);
        return match.Success ? supplierName[match.Index..].Trim() : null;
    }

    [GeneratedRegex(@"\b(Kabupaten|Kota)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DistrictWord();
}
