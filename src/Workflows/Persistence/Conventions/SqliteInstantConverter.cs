using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Requisition.Workflows.Persistence.Conventions;

/// <summary>A point in time as sortable UTC text on SQLite (see <see cref="Instants"/>).</summary>
internal sealed class SqliteInstantConverter()
    : ValueConverter<DateTimeOffset, string>(value => Instants.ToText(value), text => Instants.FromText(text));
