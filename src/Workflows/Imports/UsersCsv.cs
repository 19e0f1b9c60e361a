using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Imports;

/// <summary>
/// Reads <c>users.csv</c>, the people who sign in (pengguna): one row per role a user holds, with the facility the role
/// is held at (blank for an administrator) and whether the user is active. Roles may be written in Indonesian
/// (apoteker, kepala puskesmas, petugas IFK ...). Key: user_id + role + facility.
/// </summary>
internal static class UsersCsv
{
    public const string FileName = "users.csv";
    public const string UserId = "user_id";
    public const string Role = "role";
    public const string Active = "active";

    public static readonly CsvSchema Schema = new(FileName, [UserId, Columns.Name, Role], [Columns.Facility, Active]);

    public static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>
    {
        [UserId] = ["id_pengguna", "pengguna", "nama_pengguna", "username", "login"],
        [Role] = ["peran", "jabatan"],
        [Active] = ["aktif"],
    };

    /// <summary>Role names as written (normalised like headers): the role ids and their Indonesian names.</summary>
    private static readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["staff"] = CycleRoles.Staff, ["staf"] = CycleRoles.Staff, ["staf_farmasi"] = CycleRoles.Staff,
        ["pharmacist"] = CycleRoles.Pharmacist, ["apoteker"] = CycleRoles.Pharmacist, ["ttk"] = CycleRoles.Pharmacist,
        ["head"] = CycleRoles.Head, ["kepala"] = CycleRoles.Head, ["kepala_puskesmas"] = CycleRoles.Head, ["kapus"] = CycleRoles.Head,
        ["sub_unit"] = CycleRoles.SubUnit, ["subunit"] = CycleRoles.SubUnit, ["pustu"] = CycleRoles.SubUnit,
        ["ifk_officer"] = CycleRoles.IfkOfficer, ["petugas_ifk"] = CycleRoles.IfkOfficer,
        ["administrator"] = CycleRoles.Administrator, ["admin"] = CycleRoles.Administrator,
    };

    public static List<UserRow> Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var rows = new List<UserRow>();
        var seen = new DuplicateRows<(string, string, string)>(UserId, Role, Columns.Facility);
        foreach (var row in sheet.Rows(errors))
        {
            var userId = row.Required(UserId);
            var name = row.Required(Columns.Name);
            var roleText = row.Required(Role);
            var role = roleText.Length == 0 ? "" : Roles.GetValueOrDefault(Columns.Normalize(roleText), roleText);
            var facility = row.Optional(Columns.Facility);
            bool? active = row.Optional(Active) is null ? null : row.Flag(Active);
            if (!row.IsValid || seen.IsRepeat(row, (userId, role, facility ?? ""))) continue;
            rows.Add(new UserRow(row.Line, userId, name, role, facility, active, row));
        }
        return rows;
    }

    /// <summary>The column of <c>users.csv</c> an <see cref="AddUserInput"/> property comes from.</summary>
    public static string ColumnOf(string property) => property switch
    {
        nameof(AddUserInput.UserId) => UserId,
        nameof(AddUserInput.Name) => Columns.Name,
        nameof(AddUserInput.Role) => Role,
        _ => Columns.Facility,
    };
}

/// <summary>One row of <c>users.csv</c>: one role of one user. <see cref="Row"/> reports problems found later.</summary>
internal sealed record UserRow(int Line, string UserId, string Name, string Role, string? Facility, bool? Active, CsvRow Row);
