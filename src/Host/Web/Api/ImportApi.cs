using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Imports;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Web.Api;

/// <summary>
/// Imports over the API (impor data), the same jobs as the web pages: POST the raw file as the body to start a preview
/// (202 with the job and its Location), GET the job for its progress, preview and result, then POST confirm with the
/// preview's SHA-256 in If-Match to write it. A job answers only the caller who started it (anyone else: 404).
/// </summary>
public static class ImportApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/imports", StartAsync)
            .WithName("start-import")
            .WithSummary("Starts an import: the raw file as the body (kind=fornas|doen|catalog|facilities|users|opening-stock|history|lplpo, fileName, and for FORNAS/DOEN edition, source, activate); 202 with the job to poll")
            .Accepts<byte[]>("application/octet-stream", "*/*")
            .Produces<ImportJobAnswer>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithMetadata(new RequestSizeLimitAttribute(ImportService.MaxBytes))
            .Refusals();

        api.MapGet("/imports/{id}", (string id, HttpContext http, ImportJobStore store, bool? passwords) =>
            {
                var job = Find(store, http, id);
                return Answer(job.Snapshot(), passwords == true ? job.TakePasswords() : null);
            })
            .WithName("get-import")
            .WithSummary("An import job: status, stage and progress, the preview (errors located by file, sheet, row, column; changes; notes) and the result; ?passwords=true hands out the new users' passwords, once")
            .Refusals();

        api.MapPost("/imports/{id}/confirm", (string id, HttpContext http, ImportJobStore store) =>
            {
                var job = Find(store, http, id);
                store.Confirm(job, IfMatch(http.Request));
                return Results.Accepted($"{ApiEndpoints.Base}/imports/{job.Id}", Answer(job.Snapshot(), null));
            })
            .WithName("confirm-import")
            .WithSummary("Writes a previewed import that is valid and changes something (If-Match: \"<the preview's sha256>\"); 202, then poll the job")
            .Produces<ImportJobAnswer>(StatusCodes.Status202Accepted)
            .Refusals();
    }

    private static async Task<IResult> StartAsync(HttpContext http, ImportJobStore store, string? kind, string? fileName, string? edition, string? source,
        bool? activate, CancellationToken ct)
    {
        var actor = http.User.Actor();
        if (!ImportKinds.TryParse(kind, out var chosen))
            throw new CommandRejectedException("kind", $"'{kind}' is not one of {string.Join(", ", ImportKinds.All.Select(ImportKinds.Name))}");
        if (actor.Role != ImportChoices.Role(chosen))
            throw new AccessDeniedException($"an import of {ImportKinds.Name(chosen)} is for the {ImportChoices.Role(chosen)} role");
        if (http.Request.ContentLength > ImportService.MaxBytes) return TooLarge();
        byte[] content;
        try
        {
            content = await ReadBodyAsync(http.Request, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        if (content.Length > ImportService.MaxBytes) return TooLarge();
        if (content.Length == 0) throw new CommandRejectedException("file", "the request body is empty: send the file's bytes as the body");
        var name = string.IsNullOrWhiteSpace(fileName) ? $"{ImportKinds.Name(chosen)}.csv" : Path.GetFileName(fileName.Trim().Replace('\\', '/'));
        var options = ImportChoices.HasEdition(chosen) ? new ImportOptions(edition, source, activate == true) : new ImportOptions();
        var job = store.Start(actor, chosen, new ImportFile(name, content), options);
        return Results.Accepted($"{ApiEndpoints.Base}/imports/{job.Id}", Answer(job.Snapshot(), null));
    }

    /// <summary>The body, read up to one byte over the limit (so an oversize body without a length is caught too).</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > ImportService.MaxBytes) break;
        }
        return buffer.ToArray();
    }

    private static IResult TooLarge() => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large",
        detail: $"an import takes at most {ImportService.MaxBytes / (1024 * 1024)} MB; nothing was imported");

    private static ImportJob Find(ImportJobStore store, HttpContext http, string id) =>
        store.Find(http.User.Actor(), id) ?? throw new NotFoundException($"there is no import {id} of yours (an import is kept {ImportJobStore.Lifetime.TotalMinutes:0} minutes after its last change)");

    /// <summary>The SHA-256 an If-Match names ("\"<sha256>\""); required.</summary>
    private static string IfMatch(HttpRequest request)
    {
        if (EntityTagHeaderValue.TryParseList(request.Headers.IfMatch.Select(v => v ?? "").ToList(), out var tags) && tags.Count == 1 && !tags[0].IsWeak)
            return tags[0].Tag.ToString().Trim('"');
        throw new CommandRejectedException("If-Match", "name the preview's SHA-256 as the ETag: If-Match: \"<sha256>\"");
    }

    private static ImportJobAnswer Answer(ImportJobView job, IReadOnlyList<IssuedPassword>? passwords) => new(
        job.Id, ImportKinds.Name(job.Kind), job.FileName, job.Status, job.Progress.Stage, job.Progress.Done, job.Progress.Total, job.Percent,
        job.Preview, job.Applied, job.Errors, job.PasswordsIssued, passwords);
}
