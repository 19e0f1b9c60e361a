using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>Provider annotations a hand-written migration adds where a generated one would.</summary>
internal static class ColumnExtensions
{
    /// <summary>
    /// A key the database numbers: AUTOINCREMENT on SQLite, an identity column on PostgreSQL. Each provider
    /// reads its own annotation and ignores the other's.
    /// </summary>
    public static OperationBuilder<AddColumnOperation> Identity(this OperationBuilder<AddColumnOperation> column) =>
        column
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation(
                "Npgsql:ValueGenerationStrategy",
                NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
