using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Requisition.Workflows.Persistence.Saving;

/// <summary>
/// One column of a bulk statement: its parameter, and the entity's value converted to the provider's type exactly as
/// EF converts it. SQLite names its parameters (@p0); PostgreSQL batches take them by position ($1).
/// </summary>
internal sealed record BoundColumn(IProperty Property, string ColumnName, RelationalTypeMapping Mapping, string ParameterName, string Placeholder)
{
    /// <remarks>
    /// A named parameter is named as it is written in the SQL (@p0): Microsoft.Data.Sqlite then binds it with one
    /// lookup, where a bare name costs a lookup for each prefix it might carry, at every row.
    /// </remarks>
    public static BoundColumn For(IProperty property, StoreObjectIdentifier table, int index, ISqlGenerationHelper sql, bool positional)
    {
        var placeholder = positional ? "$" + (index + 1) : sql.GenerateParameterNamePlaceholder("p" + index);
        return new(property, property.GetColumnName(table)!, (RelationalTypeMapping)property.GetRelationalTypeMapping(),
            positional ? "" : placeholder, placeholder);
    }

    /// <summary>A parameter without a value, on <paramref name="command"/> (for a batch: a command that only creates parameters).</summary>
    public DbParameter CreateParameter(DbCommand command) => Mapping.CreateParameter(command, ParameterName, null, Property.IsNullable);

    public object ProviderValue(object entity)
    {
        var value = Property.PropertyInfo!.GetValue(entity);
        if (value is not null && Mapping.Converter is { } converter) value = converter.ConvertToProvider(value);
        return value ?? DBNull.Value;
    }
}

/// <summary>The connection and transaction of the save in progress, which every bulk statement joins.</summary>
internal readonly record struct SaveConnection(DbConnection Connection, DbTransaction Transaction, ISqlGenerationHelper Sql)
{
    public static SaveConnection Of(DbContext context) => new(
        context.Database.GetDbConnection(),
        context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk rows and stock balances are written inside the save's transaction."),
        context.GetService<ISqlGenerationHelper>());
}
