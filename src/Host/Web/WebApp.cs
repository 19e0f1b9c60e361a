using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Api;
using Requisition.Host.Web.Demo;
using Requisition.Host.Web.Localization;
using Requisition.Host.Web.Startup;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web;

/// <summary>The web app and the REST API: one ASP.NET Core application over the planning cycle's application services.</summary>
public static class WebApp
{
    /// <summary>Policy names: a signed-in user (any role) and each role.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>The cookie and token schemes, chosen per request: a bearer token means the API token scheme.</summary>
    private const string Smart = "cookie-or-token";

    /// <summary>No verb, "serve", or only switches (as WebApplicationFactory passes): the web app.</summary>
    public static bool IsWebCommand(string[] args, out string[] webArgs)
    {
        webArgs = args;
        if (args.Length == 0) return true;
        if (args[0] == "serve")
        {
            webArgs = args[1..];
            return true;
        }
        return args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not ("--help" or "--version");
    }

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
        {
            ["--db"] = $"{WebSettings.Section}:{nameof(WebSettings.Database)}",
            ["--postgres"] = $"{WebSettings.Section}:{nameof(WebSettings.Postgres)}",
        });
        var settings = builder.Configuration.GetSection(WebSettings.Section).Get<WebSettings>() ?? new WebSettings();
        builder.Services.Configure<WebSettings>(builder.Configuration.GetSection(WebSettings.Section));

        builder.Services.AddSingleton<IClock>(Requisition.Workflows.Runtime.Contracts.SystemClock.Instance);
        builder.Services.AddSingleton<AccountService>();
        builder.Services.AddSingleton<ApiTokenService>();
        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddSingleton<DatabaseStartup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());
        builder.Services.AddHostedService<TimerService>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<DatabaseStartup>().Host);
        builder.Services.AddSingleton<Requisition.Host.Web.Imports.ImportJobStore>();

        builder.Services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, Smart, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "requisition.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = settings.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/account/sign-in";
                options.LogoutPath = "/account/sign-out";
                options.AccessDeniedPath = "/account/denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(10);
                options.SlidingExpiration = true;
                // The API answers 401 and 403 as such; only pages redirect to the sign-in form.
                // A user deactivated, or no longer holding the role the cookie names, is signed out at the next request.
                options.Events.OnValidatePrincipal = async context =>
                {
                    var services = context.HttpContext.RequestServices;
                    var holds = context.Principal?.Identity?.IsAuthenticated == true
                        && await services.GetRequiredService<AccountService>().HoldsAsync(
                            services.GetRequiredService<DatabaseStartup>().Database, context.Principal.Actor(), context.HttpContext.RequestAborted);
                    if (holds) return;
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                };
                options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser())
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var role in CycleRoles.All)
            builder.Services.AddAuthorizationBuilder().AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireRole(role));

        // A 300-line LPLPO posts some 2,100 fields (seven a line) from the editor, the review or the receipt form: far over
        // the default limit of 1,024. Room for a 1,000-line document; the request size limit still bounds the body.
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(options => options.ValueCountLimit = 10_000);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "requisition.af";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = settings.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.HeaderName = ApiAntiforgery.Header;
        });
        // The keys that sign cookies and anti-forgery tokens live next to the database, so sign-ins survive a restart.
        builder.Services.AddDataProtection().SetApplicationName("requisition")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(settings.DatabaseFile())!, "keys")));
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddRazorPages(options =>
            {
                options.Conventions.ConfigureFilter(new Requisition.Host.Web.Pages.ScopeRefusalFilter());
                options.Conventions.AllowAnonymousToFolder("/Account");
                // Each role's pages live in its folder; the application layer checks the facility scope of each object.
                options.Conventions.AuthorizeFolder("/Pharmacy", CycleRoles.Pharmacist);
                options.Conventions.AuthorizeFolder("/Head", CycleRoles.Head);
                options.Conventions.AuthorizeFolder("/Ifk", CycleRoles.IfkOfficer);
                options.Conventions.AuthorizeFolder("/Admin", CycleRoles.Administrator);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        builder.Services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemMapping>();
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Requisition REST API";
            document.Info.Description = "The planning cycle of a district: LPLPOs, plans, stock, thresholds. Sign in with the web app's cookie or send an API token as 'Authorization: Bearer rq_...'.";
            return Task.CompletedTask;
        }));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealth>("database");
        builder.Services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.Use(SecurityHeaders);
        app.UseStaticFiles();
        app.UseRequestLocalization(Cultures.Options());
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        app.MapRazorPages();
        app.MapCultureSwitch();
        ApiEndpoints.Map(app);
        return app;
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        // Pages and API answers are a user's own data (and once, a new token or password): never kept by a browser or
        // proxy cache. The stylesheets and scripts (versioned by asp-append-version) may be.
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/css") && !path.StartsWithSegments("/js")) headers.CacheControl = "no-store";
        return next();
    }
}
