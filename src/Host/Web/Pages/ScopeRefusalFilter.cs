using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Web.Pages;

/// <summary>
/// The application layer's scope refusals as every page answers them: a document missing or outside the user's facility
/// (NotFoundException) is 404, an action of another role (AccessDeniedException) is the sign-in scheme's "forbidden"
/// (the access-denied page), as a folder's role policy answers. Pages need not catch them one by one; anything a handler
/// lets through otherwise reaches the exception handler (<see cref="Api.ProblemMapping"/>), as in the REST API.
/// </summary>
public sealed class ScopeRefusalFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled) return;
        IActionResult? result = executed.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            AccessDeniedException => new ForbidResult(),
            _ => null,
        };
        if (result is null) return;
        executed.Result = result;
        executed.ExceptionHandled = true;
    }
}
