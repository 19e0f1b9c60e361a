using System.Globalization;
using Requisition.Host.Web.Api;

namespace Requisition.Host.Web.Exports;

/// <summary>The print and download links a document's page shows (cetak, unduh .xlsx, unduh CSV); null for what it does not offer.</summary>
public sealed record PrintLinks(string? Print, string? Xlsx, string? Csv)
{
    public static PrintLinks Lplpo(long id) =>
        new($"/Print/Lplpo/{Id(id)}", $"{ApiEndpoints.Base}/lplpos/{Id(id)}/export?format=xlsx", null);

    public static PrintLinks Rko(long id) =>
        new(null, $"{ApiEndpoints.Base}/rkos/{Id(id)}/export?format=xlsx", $"{ApiEndpoints.Base}/rkos/{Id(id)}/export?format=csv");

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
