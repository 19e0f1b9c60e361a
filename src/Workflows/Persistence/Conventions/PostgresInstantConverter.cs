using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Requisition.Workflows.Persistence.Conventions;

/// <summary>A point in time as UTC microseconds on PostgreSQL (see <see cref="Instants"/>).</summary>
internal sealed class PostgresInstantConverter()
    : ValueConverter<DateTimeOffset, DateTimeOffset>(value => Instants.ToStored(value), value => value);
