using Microsoft.AspNetCore.Antiforgery;
using Requisition.Host.Web.Accounts;

namespace Requisition.Host.Web.Api;

/// <summary>
/// A changing API call made with the sign-in cookie (the web app's own scripts) must carry the anti-forgery token in
/// the <see cref="Header"/> header; a call with an API token carries no cookie and needs none.
/// </summary>
public static class ApiAntiforgery
{
    public const string Header = "X-CSRF-TOKEN";

    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var viaCookie = http.User.Identity?.AuthenticationType != ApiTokenHandler.SchemeName;
        if (viaCookie && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing or invalid anti-forgery token",
                    detail: $"send the token of the page in the {Header} header, or call with an API token");
        }
        return await next(context);
    }
}
