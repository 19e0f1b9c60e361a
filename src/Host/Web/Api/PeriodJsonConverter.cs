using System.Text.Json;
using System.Text.Json.Serialization;
using Requisition.Rules.Facts;

namespace Requisition.Host.Web.Api;

/// <summary>A reporting period (periode) on the wire as "YYYY-MM", as every file and page writes it.</summary>
public sealed class PeriodJsonConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Period.TryParse(reader.GetString(), out var period)
            ? period
            : throw new JsonException("expected a period as YYYY-MM, like 2026-10");

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
