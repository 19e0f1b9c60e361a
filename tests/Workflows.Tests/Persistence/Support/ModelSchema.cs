using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Requisition.Workflows.Persistence;

namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>The schema the EF model expects on the context's provider, as <see cref="SchemaLines"/>.</summary>
internal static class ModelSchema
{
    public static SortedSet<string> Describe(RequisitionDbContext db)
    {
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var names = db.Provider == DatabaseProvider.Postgres;
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in model.Tables)
        {
            lines.Add(SchemaLines.Table(table.Name));
            foreach (var column in table.Columns)
            {
                lines.Add(SchemaLines.Column(table.Name, column.Name, column.StoreType, column.IsNullable));
                if (IsIdentity(column)) lines.Add(SchemaLines.Identity(table.Name, column.Name));
            }
            if (table.PrimaryKey is { } key)
            {
                lines.Add(SchemaLines.PrimaryKey(table.Name, key.Columns.Select(c => c.Name)));
                if (names) lines.Add(SchemaLines.ConstraintName(table.Name, key.Name));
            }
            foreach (var foreignKey in table.ForeignKeyConstraints)
            {
                lines.Add(SchemaLines.ForeignKey(table.Name, foreignKey.Columns.Select(c => c.Name),
                    foreignKey.PrincipalTable.Name, foreignKey.PrincipalColumns.Select(c => c.Name), Words(foreignKey.OnDeleteAction)));
                if (names) lines.Add(SchemaLines.ConstraintName(table.Name, foreignKey.Name));
            }
            foreach (var index in table.Indexes)
                lines.Add(SchemaLines.Index(table.Name, index.Name, index.Columns.Select(c => c.Name), index.IsUnique, index.Filter is not null));
            foreach (var check in table.CheckConstraints)
                lines.Add(SchemaLines.Check(table.Name, check.Name!));
            foreach (var trigger in table.Triggers)
                lines.Add(SchemaLines.Trigger(table.Name, trigger.GetDatabaseName()!));
        }
        return lines;
    }

    /// <summary>The words SQLite and PostgreSQL use for a delete rule.</summary>
    public static string Words(ReferentialAction action) => action switch
    {
        ReferentialAction.Cascade => "cascade",
        ReferentialAction.Restrict => "restrict",
        ReferentialAction.SetNull => "set null",
        ReferentialAction.SetDefault => "set default",
        _ => "no action",
    };

    /// <summary>A single-column integer key the database numbers.</summary>
    private static bool IsIdentity(IColumn column)
    {
        var property = column.PropertyMappings.First().Property;
        var key = property.FindContainingPrimaryKey();
        return key is { Properties.Count: 1 }
            && property.ValueGenerated == ValueGenerated.OnAdd
            && (property.ClrType == typeof(long) || property.ClrType == typeof(int));
    }
}
