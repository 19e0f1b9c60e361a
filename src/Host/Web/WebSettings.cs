namespace Requisition.Host.Web;

/// <summary>
/// The web app's settings: the "Requisition" section of appsettings.json, REQUISITION__* environment variables or
/// command-line switches (<c>--db FILE</c>, <c>--postgres CONNECTIONSTRING</c>, <c>--urls URL</c>).
/// </summary>
public sealed class WebSettings
{
    public const string Section = "Requisition";

    /// <summary>The SQLite file; by default requisition.db in the user's local application data folder.</summary>
    public string? Database { get; set; }

    /// <summary>A PostgreSQL connection string; when set, it is used instead of the SQLite file.</summary>
    public string? Postgres { get; set; }

    /// <summary>Seed the demo district into an empty database on start.</summary>
    public bool Demo { get; set; } = true;

    /// <summary>How many puskesmas the demo district has.</summary>
    public int DemoPuskesmas { get; set; } = 10;

    /// <summary>Where the demo users' generated passwords are written (besides the console); by default next to the database.</summary>
    public string? DemoCredentialsFile { get; set; }

    /// <summary>
    /// Cookies are always marked Secure when the request came over HTTPS (directly or through a proxy that says so). With
    /// this on, they are sent over HTTPS only and plain HTTP cannot sign in: set it wherever the app is served over TLS.
    /// Off by default so that the app runs on http://localhost out of the box.
    /// </summary>
    public bool SecureCookies { get; set; }

    /// <summary>Failed sign-ins in a row before an account is locked.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How often the reminder and lateness timers are checked.</summary>
    public int TimerSeconds { get; set; } = 60;

    public string DatabaseFile() =>
        Database is { Length: > 0 } file
            ? Path.GetFullPath(file)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "requisition", "requisition.db");
}
