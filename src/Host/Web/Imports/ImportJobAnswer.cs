using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Web.Imports;

/// <summary>
/// An import job as the API answers it: status (previewing, previewed, applying, applied, failed), the stage with done of
/// total, the preview once checked, the applied result once written, the refusal's errors if any, and the new users'
/// passwords only when asked for (once).
/// </summary>
public sealed record ImportJobAnswer(
    string Id, string Kind, string FileName, ImportJobStatus Status, string Stage, long Done, long Total, int Percent,
    ImportPreview? Preview, ImportPreview? Result, IReadOnlyList<CommandError> Errors, int PasswordsIssued, IReadOnlyList<IssuedPassword>? Passwords);
