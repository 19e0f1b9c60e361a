using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Requisition.Host.Tests.Web.Support;

namespace Requisition.Host.Tests.Web.Imports;

/// <summary>
/// Drives the import pages as a browser without scripts would: uploads a file (multipart, with the page's anti-forgery
/// token), follows the job page until the import is no longer running (the page reloads itself every second), and saves a
/// preview with its "Simpan ke basis data" form.
/// </summary>
internal static partial class ImportPages
{
    /// <summary>POSTs <paramref name="content"/> as the upload of <paramref name="page"/> with the given form fields.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, string fileName, byte[] content, Dictionary<string, string>? fields = null)
    {
        var token = await WebFixture.TokenAsync(client, page);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, value) in fields ?? []) form.Add(new StringContent(value), name);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "File", fileName);
        return await client.PostAsync(page, form);
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, string fileName, string csv, Dictionary<string, string>? fields = null) =>
        UploadAsync(client, page, fileName, Encoding.UTF8.GetBytes(csv), fields);

    /// <summary>The job page an upload redirected to, once its import is no longer running.</summary>
    public static async Task<(string Path, string Html)> FollowAsync(HttpClient client, HttpResponseMessage upload)
    {
        Assert.True(upload.StatusCode == HttpStatusCode.Redirect, $"the upload answered {(int)upload.StatusCode}: {await upload.Content.ReadAsStringAsync()}");
        var path = upload.Headers.Location!.OriginalString;
        return (path, await SettledAsync(client, path));
    }

    /// <summary>The job page once the import has finished the stage it is in (waiting as the page's own refresh would).</summary>
    public static async Task<string> SettledAsync(HttpClient client, string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var html = await client.GetStringAsync(path);
            if (!Running().IsMatch(html)) return html;
            if (attempt > 600) throw new TimeoutException($"{path} is still running after a minute:\n{html}");
            await Task.Delay(100);
        }
    }

    /// <summary>Posts the job page's "Simpan ke basis data" form (with the preview's SHA-256) and answers the settled result page.</summary>
    public static async Task<string> SaveAsync(HttpClient client, string path, string html)
    {
        var sha = Sha256().Match(html);
        Assert.True(sha.Success, "the job page offers no save form");
        var token = WebFixture.TokenAsync(client, path);
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["sha256"] = sha.Groups[1].Value, ["__RequestVerificationToken"] = await token });
        var saved = await client.PostAsync($"{path}?handler=Apply", form);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"saving answered {(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        return await SettledAsync(client, saved.Headers.Location!.OriginalString);
    }

    public static bool OffersSave(string html) => html.Contains("data-testid=\"apply-import\"", StringComparison.Ordinal);

    /// <summary>The number a count box of the preview shows (data-count="added" ...).</summary>
    public static int Count(string html, string name)
    {
        var match = Regex.Match(html, $"data-count=\"{name}\">([0-9.,]+)<");
        Assert.True(match.Success, $"no count '{name}' on the page");
        return int.Parse(match.Groups[1].Value.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("id=\"import-job\"[^>]*data-status=\"(previewing|applying)\"")]
    private static partial Regex Running();

    [GeneratedRegex("name=\"sha256\" value=\"([0-9a-f]{64})\"")]
    private static partial Regex Sha256();
}
