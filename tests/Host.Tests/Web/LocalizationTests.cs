using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Localization;
using Requisition.Host.Tests.Web.Support;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Tests.Web;

/// <summary>Bahasa Indonesia by default, English on the switch; every text a page shows has its English translation.</summary>
public sealed partial class LocalizationTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Home_ByDefault_IsInIndonesian()
    {
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var home = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"id\"", home, StringComparison.Ordinal);
        Assert.Contains("Tugas saya", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_AfterTheSwitchToEnglish_IsInEnglish()
    {
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var switched = await WebFixture.PostFormAsync(client, "/culture", new() { ["culture"] = "en", ["returnUrl"] = "/" }, pageToRead: "/");
        var home = await client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("<html lang=\"en\"", home, StringComparison.Ordinal);
        Assert.Contains("My tasks", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Tugas saya", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_ToAnOffSiteAddress_GoesHomeInstead()
    {
        var client = web.Anonymous();

        var response = await WebFixture.PostFormAsync(client, "/culture", new() { ["culture"] = "en", ["returnUrl"] = "//evil.example/" }, pageToRead: "/account/sign-in");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains(CookieRequestCultureProvider.DefaultCookieName, string.Join(";", response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
    }

    /// <summary>
    /// Every key a page looks up (<c>T["..."]</c> through a localizer injected in a _ViewImports) has an English entry in
    /// that localizer's .en.resx, so switching to English never leaves Indonesian text behind.
    /// </summary>
    [Fact]
    public void EveryPageText_HasAnEnglishTranslation()
    {
        var host = Path.Combine(RepositoryRoot(), "src", "Host");
        var resources = Path.Combine(host, "Resources", "Web", "Localization");
        var missing = new List<string>();
        foreach (var view in Directory.EnumerateFiles(Path.Combine(host, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            foreach (var (name, marker) in LocalizersFor(view, Path.Combine(host, "Pages")))
            {
                var file = Path.Combine(resources, marker + ".en.resx");
                var keys = File.Exists(file)
                    ? XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal)
                    : [];
                foreach (Match use in Regex.Matches(File.ReadAllText(view), $@"(?<![\w.]){Regex.Escape(name)}\[""((?:[^""\\]|\\.)*)""", RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    var key = Regex.Unescape(use.Groups[1].Value);
                    if (!keys.Contains(key)) missing.Add($"{Path.GetRelativePath(host, view)}: {name}[\"{key}\"] has no entry in {marker}.en.resx");
                }
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing.Distinct()));
    }

    /// <summary>A key twice in one file (the resource compiler compares keys ignoring case) is dropped with only a warning: one translation would be lost.</summary>
    [Fact]
    public void ResourceFiles_HaveNoKeyTwice()
    {
        var resources = Path.Combine(RepositoryRoot(), "src", "Host", "Resources");
        var twice = Directory.EnumerateFiles(resources, "*.resx", SearchOption.AllDirectories)
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data")
                .GroupBy(d => (string)d.Attribute("name")!, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1)
                .Select(g => $"{Path.GetFileName(file)}: \"{g.Key}\" {g.Count()} times"))
            .ToList();

        Assert.True(twice.Count == 0, string.Join("\n", twice));
    }

    /// <summary>The localizers a view can use: those injected by the _ViewImports of its folder and every folder above.</summary>
    private static IEnumerable<(string Name, string Marker)> LocalizersFor(string view, string pagesRoot)
    {
        var folder = Path.GetDirectoryName(view)!;
        var found = new List<(string, string)>();
        while (true)
        {
            var imports = Path.Combine(folder, "_ViewImports.cshtml");
            if (File.Exists(imports))
                found.AddRange(InjectedLocalizer().Matches(File.ReadAllText(imports)).Select(m => (m.Groups[2].Value, m.Groups[1].Value)));
            if (Path.GetFullPath(folder) == Path.GetFullPath(pagesRoot)) break;
            folder = Path.GetDirectoryName(folder)!;
        }
        found.AddRange(InjectedLocalizer().Matches(File.ReadAllText(view)).Select(m => (m.Groups[2].Value, m.Groups[1].Value)));
        return found.Distinct();
    }

    /// <summary>The repository this test was compiled from (found from the source file, wherever the binaries are).</summary>
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        var folder = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Requisition.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Requisition.sln not found above " + source);
    }

    [GeneratedRegex(@"@inject\s+IStringLocalizer<(\w+)>\s+(\w+)")]
    private static partial Regex InjectedLocalizer();
}
