using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Imports;

/// <summary>
/// Reads <c>facilities.csv</c>, the district tree (fasilitas): each facility's code, name, kind (ifk, puskesmas or
/// sub-unit, Indonesian names accepted), the facility it belongs to, and whether it is active. Key: facility.
/// </summary>
internal static class FacilitiesCsv
{
    public const string FileName = "facilities.csv";
    public const string Kind = "kind";
    public const string Parent = "parent";
    public const string Active = "active";

    public static readonly CsvSchema Schema = new(FileName, [Columns.Facility, Columns.Name, Kind], [Parent, Active]);

    public static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>
    {
        [Kind] = ["jenis", "jenis_fasilitas", "tingkat"],
        [Parent] = ["induk", "kode_induk"],
        [Active] = ["aktif"],
    };

    /// <summary>The kinds as written in the file (normalised like headers), Indonesian names included.</summary>
    private static readonly Dictionary<string, FacilityKind> Kinds = new(StringComparer.Ordinal)
    {
        ["ifk"] = FacilityKind.Ifk, ["gfk"] = FacilityKind.Ifk, ["instalasi_farmasi"] = FacilityKind.Ifk, ["gudang_farmasi"] = FacilityKind.Ifk,
        ["puskesmas"] = FacilityKind.Puskesmas, ["pkm"] = FacilityKind.Puskesmas,
        ["sub_unit"] = FacilityKind.SubUnit, ["subunit"] = FacilityKind.SubUnit, ["pustu"] = FacilityKind.SubUnit,
        ["polindes"] = FacilityKind.SubUnit, ["poskesdes"] = FacilityKind.SubUnit,
    };

    public static List<FacilityRow> Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var rows = new List<FacilityRow>();
        var seen = new DuplicateRows<FacilityId>(Columns.Facility);
        foreach (var row in sheet.Rows(errors))
        {
            var id = row.Facility();
            var name = row.Required(Columns.Name);
            var kindText = row.Required(Kind);
            var kind = FacilityKind.Ifk;
            if (kindText.Length > 0 && !Kinds.TryGetValue(Columns.Normalize(kindText), out kind))
                row.Fail(Kind, $"'{kindText}' is not a kind of facility: expected ifk, puskesmas or sub-unit (pustu, polindes, poskesdes)");
            var parent = row.Optional(Parent) is { } p ? new FacilityId(p) : (FacilityId?)null;
            bool? active = row.Optional(Active) is null ? null : row.Flag(Active);
            if (!row.IsValid || seen.IsRepeat(row, id)) continue;
            rows.Add(new FacilityRow(row.Line, id, name, kind, parent, active, row));
        }
        return rows;
    }
}

/// <summary>One row of <c>facilities.csv</c>; <see cref="Active"/> null when not given. <see cref="Row"/> reports problems found later.</summary>
internal sealed record FacilityRow(int Line, FacilityId Id, string Name, FacilityKind Kind, FacilityId? Parent, bool? Active, CsvRow Row);
