using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Exports;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Web.Api;

/// <summary>
/// Downloads of documents for whoever may read them: the LPLPO in the official layout as .xlsx, the RKO as .xlsx or
/// as rko.csv. Each answers the file as an attachment, never cached; a document outside the caller's scope is 404.
/// </summary>
public static class ExportApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/lplpos/{id:long}/export", async (long id, string? format, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            {
                Format(format, "xlsx");
                var form = await LplpoForms.ReadAsync(cycle, http.User.Actor(), id, ct);
                return ExportFiles.File(http, LplpoForms.Xlsx(form), ExportFiles.Xlsx, form.FileName);
            })
            .WithName("export-lplpo").WithSummary("The LPLPO in the official layout as an Excel workbook (?format=xlsx), header block and signature blocks included")
            .Produces(StatusCodes.Status200OK, (Type?)null, ExportFiles.Xlsx)
            .Refusals();

        api.MapGet("/rkos/{id:long}/export", async (long id, string? format, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            {
                var chosen = Format(format, "xlsx", "csv");
                var rko = await cycle.Rko.GetAsync(http.User.Actor(), id, ct);
                return chosen == "csv"
                    ? ExportFiles.File(http, RkoExport.Csv(rko), ExportFiles.Csv, RkoExport.FileName(rko, "csv"))
                    : ExportFiles.File(http, RkoExport.Xlsx(rko), ExportFiles.Xlsx, RkoExport.FileName(rko, "xlsx"));
            })
            .WithName("export-rko").WithSummary("The RKO as an Excel workbook (?format=xlsx) or in the rko.csv layout (?format=csv)")
            .Produces(StatusCodes.Status200OK, (Type?)null, ExportFiles.Xlsx, ExportFiles.Csv)
            .Refusals();
    }

    /// <summary>The format asked for (the first when none is), or a 400 naming the ones there are.</summary>
    private static string Format(string? format, params string[] formats)
    {
        var asked = string.IsNullOrWhiteSpace(format) ? formats[0] : format.Trim().ToLowerInvariant();
        return formats.Contains(asked, StringComparer.Ordinal)
            ? asked
            : throw new CommandRejectedException("format", $"must be {string.Join(" or ", formats)}");
    }
}
