using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Conventions;

/// <summary>
/// How CLR types map to columns on every entity, set once so the two providers store the same meaning:
/// domain codes as text, enums by name (readable, and safe against reordering), instants in UTC.
/// No lengths or decimal precisions are set: PostgreSQL would enforce them and SQLite would not.
/// </summary>
internal static class ModelConventions
{
    public static void Configure(ModelConfigurationBuilder builder, DatabaseProvider provider)
    {
        builder.Properties<FacilityId>().HaveConversion<FacilityIdConverter>();
        builder.Properties<DrugCode>().HaveConversion<DrugCodeConverter>();
        builder.Properties<Period>().HaveConversion<PeriodConverter>();
        builder.Properties<Enum>().HaveConversion<string>();
        if (provider == DatabaseProvider.Sqlite)
            builder.Properties<DateTimeOffset>().HaveConversion<SqliteInstantConverter>();
        else
            builder.Properties<DateTimeOffset>().HaveConversion<PostgresInstantConverter>();
        UnindexedForeignKeys.Use(builder);
    }
}
