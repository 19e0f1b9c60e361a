namespace Requisition.Workflows.Persistence.Entities;

/// <summary>
/// A command already carried out, by the key its client sent: a retry with the same key gets the stored result
/// instead of doing the work twice. Keys are per user.
/// </summary>
public sealed class IdempotencyRecord
{
    public string UserId { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>The command's name, e.g. "lplpo.submit"; a key reused for another command is refused.</summary>
    public string Command { get; set; } = "";

    /// <summary>The result the command returned, as JSON.</summary>
    public string ResultJson { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
