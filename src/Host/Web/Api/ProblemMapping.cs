using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;

namespace Requisition.Host.Web.Api;

/// <summary>
/// The application layer's refusals as HTTP answers (RFC 9457 problem details): bad input 400 with every error at its
/// field path, a forbidden action 403, a missing or invisible object 404, a stale or concurrent change 409. Anything
/// else is a 500 that shows no internals.
/// </summary>
public sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem is null)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Something went wrong; nothing was changed." };
        }
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The problem an exception stands for, or null for an unexpected one.</summary>
    public static ProblemDetails? Map(Exception exception) => exception switch
    {
        CommandRejectedException rejected => Validation(rejected.Errors, rejected.Flags),
        StaleDocumentException stale => Problem(StatusCodes.Status409Conflict, "The document changed since you read it", stale.Message),
        WorkflowConflictException conflict => Problem(StatusCodes.Status409Conflict, "Someone else acted on this at the same time", conflict.Message),
        Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Someone else acted on this at the same time", "reload and try again"),
        // A unique index refused the commit (a second regular LPLPO of a facility and period): the record exists already.
        Microsoft.EntityFrameworkCore.DbUpdateException update when IsUniqueViolation(update) => Problem(StatusCodes.Status409Conflict, "It exists already", "a record like this one was already written; reload and check"),
        AccessDeniedException denied => Problem(StatusCodes.Status403Forbidden, "Not allowed", denied.Message),
        NotFoundException or TaskNotFoundException => Problem(StatusCodes.Status404NotFound, "Not found", exception.Message),
        ActionNotAllowedException or InvalidOutcomeException => Problem(StatusCodes.Status409Conflict, "Not possible in this state", exception.Message),
        InvalidInputException invalid => Validation([new CommandError("", invalid.Message)]),
        BadHttpRequestException bad => Validation([new CommandError("", bad.InnerException?.Message ?? bad.Message)]),
        _ => null,
    };

    /// <summary>A 400 with the errors by field path ("lines[3].given"; "" for the input as a whole) and the flags that refused it, if any.</summary>
    public static ValidationProblemDetails Validation(IReadOnlyList<CommandError> errors, IReadOnlyList<FlagView>? flags = null)
    {
        var byField = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        var problem = new ValidationProblemDetails(byField)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The input was refused; nothing was changed",
            Detail = string.Join("; ", errors.Select(e => e.ToString())),
        };
        if (flags is { Count: > 0 }) problem.Extensions["flags"] = flags;
        return problem;
    }

    /// <summary>A unique index refused the row (SQLite's UNIQUE or PRIMARY KEY constraint, PostgreSQL's 23505); any other database failure stays a 500.</summary>
    private static bool IsUniqueViolation(Microsoft.EntityFrameworkCore.DbUpdateException update) => update.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };
}
