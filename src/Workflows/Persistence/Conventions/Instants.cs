using System.Globalization;

namespace Requisition.Workflows.Persistence.Conventions;

/// <summary>
/// How points in time are stored: in UTC, to the microsecond, on both providers. PostgreSQL's
/// <c>timestamp with time zone</c> keeps microseconds and accepts only UTC from Npgsql; SQLite has no time type,
/// so it gets fixed-width ISO-8601 text, whose order is the order in time. Values come back with offset zero.
/// </summary>
internal static class Instants
{
    private const string TextFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'";

    public static DateTimeOffset ToStored(DateTimeOffset value)
    {
        var utcTicks = value.UtcTicks;
        return new DateTimeOffset(utcTicks - utcTicks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);
    }

    public static string ToText(DateTimeOffset value) =>
        ToStored(value).ToString(TextFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromText(string text) =>
        DateTimeOffset.ParseExact(text, TextFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
