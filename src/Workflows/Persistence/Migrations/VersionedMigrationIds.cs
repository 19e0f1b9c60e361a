using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>
/// Migration ids are a four-digit version and a name ("0004_StockAndDistribution"), not EF's generated timestamps,
/// because the migrations are written by hand. EF only needs ids to sort; this tells it how to recognise and
/// name them, so a target version can be given by id or by name (e.g. to migrate down).
/// </summary>
internal sealed partial class VersionedMigrationIds : IMigrationsIdGenerator
{
    public string GenerateId(string name) =>
        throw new NotSupportedException("Migrations are written by hand; give the next four-digit version yourself.");

    public string GetName(string id) => IsValidId(id) ? id[5..] : id;

    public bool IsValidId(string value) => Id().IsMatch(value);

    [GeneratedRegex(@"^\d{4}_[A-Za-z0-9]+$")]
    private static partial Regex Id();
}
