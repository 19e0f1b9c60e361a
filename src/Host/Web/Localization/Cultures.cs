using System.Globalization;
using Microsoft.AspNetCore.Localization;

[assembly: Microsoft.Extensions.Localization.RootNamespace("Requisition.Host")]

namespace Requisition.Host.Web.Localization;

/// <summary>
/// The web app's two languages: Bahasa Indonesia (the default) and English, picked with the switch in the header (a
/// cookie) or the browser's Accept-Language. Globalization is invariant in this process, so the Indonesian number and
/// date conventions (1.234,5; 24 Nov 2026) are set here rather than read from ICU.
/// </summary>
public static class Cultures
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static readonly CultureInfo Id = Build(Indonesian, ".", ",", ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]);
    public static readonly CultureInfo En = Build(English, ",", ".", ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Id),
            SupportedCultures = [Id, En],
            SupportedUICultures = [Id, En],
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }

    /// <summary>POST /culture switches the language (a cookie for a year) and goes back to the page it came from.</summary>
    public static void MapCultureSwitch(this WebApplication app) =>
        app.MapPost("/culture", (HttpContext http, [Microsoft.AspNetCore.Mvc.FromForm] string culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
        {
            var chosen = culture == English ? English : Indonesian;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, IsEssential = true });
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous();

    /// <summary>A path on this site ("/x"), never "//host" or "/\\host" (which browsers read as another site).</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains('\\') && !url.Any(char.IsControl);

    private static CultureInfo Build(string name, string group, string decimalSeparator, string[] months)
    {
        var culture = new CultureInfo(name);
        culture.NumberFormat.NumberGroupSeparator = group;
        culture.NumberFormat.NumberDecimalSeparator = decimalSeparator;
        culture.NumberFormat.PercentGroupSeparator = group;
        culture.NumberFormat.PercentDecimalSeparator = decimalSeparator;
        culture.NumberFormat.CurrencyGroupSeparator = group;
        culture.NumberFormat.CurrencyDecimalSeparator = decimalSeparator;
        culture.NumberFormat.CurrencySymbol = "Rp";
        culture.DateTimeFormat.MonthNames = [.. months, ""];
        culture.DateTimeFormat.MonthGenitiveNames = [.. months, ""];
        culture.DateTimeFormat.AbbreviatedMonthNames = [.. months.Select(m => m[..3]), ""];
        culture.DateTimeFormat.AbbreviatedMonthGenitiveNames = [.. months.Select(m => m[..3]), ""];
        culture.DateTimeFormat.ShortDatePattern = "dd/MM/yyyy";
        culture.DateTimeFormat.LongDatePattern = "d MMMM yyyy";
        culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        return culture;
    }
}

/// <summary>The text shared by every page (layout, navigation, sign-in, home, common words). Keys are the Indonesian text.</summary>
public sealed class SharedText;
