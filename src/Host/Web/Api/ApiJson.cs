using System.Text.Json;
using System.Text.Json.Serialization;

namespace Requisition.Host.Web.Api;

/// <summary>The API's JSON: camelCase names, enums as kebab-case strings ("apbd-ii", "supplier-stock-short"), as the cycle writes them; periods as "YYYY-MM".</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new PeriodJsonConverter());
        return options;
    }
}
