namespace Requisition.Workflows.Imports;

/// <summary>
/// One thing an import would do or did (perubahan): <see cref="Action"/> is "add", "change" or "unchanged";
/// <see cref="Key"/> names the record, e.g. "PKM-CIBEBER OB117 2026-10"; <see cref="Detail"/> says what, e.g.
/// "name 'Parasetamol' -> 'Parasetamol 500 mg'".
/// </summary>
public sealed record ImportChange(string Action, string Key, string? Detail)
{
    public const string Add = "add";
    public const string Change = "change";
    public const string Unchanged = "unchanged";
}
