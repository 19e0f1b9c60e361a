namespace Requisition.Host.Web.Imports;

/// <summary>Where an import job (impor data) stands: checking the file, waiting for the person's confirmation, writing, done, or failed.</summary>
public enum ImportJobStatus
{
    /// <summary>The file is being read and checked (pratinjau); nothing is written.</summary>
    Previewing,

    /// <summary>The preview is ready: its errors, or what saving would change.</summary>
    Previewed,

    /// <summary>The confirmed file is being written in one transaction.</summary>
    Applying,

    /// <summary>Written; the result says what was added and changed.</summary>
    Applied,

    /// <summary>The service refused the file or the caller; nothing was written.</summary>
    Failed,
}
