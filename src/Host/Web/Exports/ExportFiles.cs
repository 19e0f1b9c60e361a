using System.Text;

namespace Requisition.Host.Web.Exports;

/// <summary>
/// Downloads: file names built from document parts ("LPLPO_PKM-CIBEBER_2026-10") and the answer that sends a file as
/// an attachment, never cached (it is a facility's own data).
/// </summary>
public static class ExportFiles
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Csv = "text/csv; charset=utf-8";

    /// <summary>Parts joined by '_', each kept to letters, digits, '-' and '.', so the name is safe in any header and file system.</summary>
    public static string Name(params string[] parts) =>
        string.Join("_", parts.Select(Clean).Where(p => p.Length > 0));

    /// <summary>The file as an attachment, with no-store (a download is a facility's own data, as every page is).</summary>
    public static IResult File(HttpContext http, byte[] content, string contentType, string fileName)
    {
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(content, contentType, fileName);
    }

    private static string Clean(string part)
    {
        var clean = new StringBuilder(part.Length);
        foreach (var c in part.Trim()) clean.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-');
        return clean.ToString().Trim('-', '.');
    }
}
