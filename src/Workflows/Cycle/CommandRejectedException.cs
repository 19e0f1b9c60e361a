using Requisition.Workflows.Runtime.Activities;

namespace Requisition.Workflows.Cycle;

/// <summary>One reason a command was refused, at the field it is about ("lines[3].given", "reason").</summary>
public sealed record CommandError(string Field, string Message)
{
    public override string ToString() => Field.Length == 0 ? Message : $"{Field}: {Message}";
}

/// <summary>
/// A command was refused: its input is invalid, or the step's rules raised an error or a warning nobody
/// acknowledged. Nothing of the command was written. <see cref="Flags"/> holds the flags of a rules gate.
/// </summary>
public sealed class CommandRejectedException : InvalidInputException
{
    public CommandRejectedException(IReadOnlyList<CommandError> errors, IReadOnlyList<FlagView>? flags = null)
        : base(Describe(errors))
    {
        Errors = errors;
        Flags = flags ?? [];
    }

    public CommandRejectedException(string field, string message)
        : this([new CommandError(field, message)])
    {
    }

    public IReadOnlyList<CommandError> Errors { get; }

    public IReadOnlyList<FlagView> Flags { get; }

    private static string Describe(IReadOnlyList<CommandError> errors) =>
        errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} problems: " + string.Join("; ", errors.Take(10));
}

/// <summary>The document or task a command names does not exist (or is not visible to the actor).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The actor may not do this: wrong role, another facility's document, or not a known active user.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);

/// <summary>The caller acted on a document as it was at an earlier revision; someone changed it since (HTTP 409).</summary>
public sealed class StaleDocumentException(string message) : Exception(message);
