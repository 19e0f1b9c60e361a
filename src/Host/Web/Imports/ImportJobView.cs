using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Web.Imports;

/// <summary>
/// An import job as it stands at one moment: the file, the progress of the stage it is in, the preview (once checked),
/// what saving did (once written: <see cref="Applied"/>, with how many passwords were issued and whether they are still to be shown) and, if the service refused
/// it, why. Never holds the file's bytes or a password.
/// </summary>
public sealed record ImportJobView(
    string Id, ImportKind Kind, string FileName, long Bytes, string? Edition, string? Source, bool Activate,
    ImportJobStatus Status, ImportProgress Progress, ImportPreview? Preview, ImportPreview? Applied, int PasswordsIssued, bool PasswordsWaiting,
    IReadOnlyList<CommandError> Errors, DateTimeOffset Started, DateTimeOffset Changed)
{
    public bool Running => Status is ImportJobStatus.Previewing or ImportJobStatus.Applying;

    /// <summary>The preview is valid and changes something: the person may save it.</summary>
    public bool CanApply => Status == ImportJobStatus.Previewed && Preview is { Valid: true, ChangesNothing: false };

    /// <summary>Whole percent of the current stage (0 when its size is not known yet).</summary>
    public int Percent => Progress.Total <= 0 ? 0 : (int)Math.Clamp(Progress.Done * 100 / Progress.Total, 0, 100);
}
