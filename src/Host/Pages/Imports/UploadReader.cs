using Microsoft.AspNetCore.Antiforgery;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Pages.Imports;

/// <summary>
/// Reads an import page's upload (multipart) so that a file over the limit is a message on the page, never a 500 nor a
/// bare 400: the declared size is checked before anything is read, the body limit of these pages is raised just enough
/// for a file of <see cref="ImportService.MaxBytes"/> and its form, and the anti-forgery token is checked here, after
/// the size (the pages opt out of the automatic check, which would read an oversize body first).
/// </summary>
public static class UploadReader
{
    /// <summary>The request body these pages accept: the largest file an import takes, and room for the form around it.</summary>
    public const long RequestLimit = ImportService.MaxBytes + 1024L * 1024;

    public const string TooLarge = "Berkas melebihi batas {0} MB untuk satu impor; tidak ada yang diimpor.";

    public static async Task<Upload> ReadAsync(HttpContext http, IAntiforgery antiforgery, string field = "File")
    {
        var limit = new object[] { ImportService.MaxBytes / (1024 * 1024) };
        if (http.Request.ContentLength > RequestLimit) return new Upload(null, null, TooLarge, limit);
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException e) when (e.InnerException is IOException or InvalidDataException)
        {
            // Reading the form failed: the body ran over the limit (413), or the multipart body is malformed.
            return e.InnerException is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException
                ? new Upload(null, null, TooLarge, limit)
                : new Upload(null, null, "Unggahan tidak dapat dibaca; coba lagi.", []);
        }
        catch (AntiforgeryValidationException)
        {
            return new Upload(null, null, null, [], Forged: true);
        }
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var file = form.Files.GetFile(field);
        if (file is null || file.Length == 0 || string.IsNullOrWhiteSpace(file.FileName))
            return new Upload(form, null, "Pilih berkas yang akan diimpor.", []);
        if (file.Length > ImportService.MaxBytes) return new Upload(form, null, TooLarge, limit);
        using var bytes = new MemoryStream((int)file.Length);
        await file.CopyToAsync(bytes, http.RequestAborted);
        return new Upload(form, new ImportFile(Path.GetFileName(file.FileName.Replace('\\', '/')), bytes.ToArray()), null, []);
    }
}
