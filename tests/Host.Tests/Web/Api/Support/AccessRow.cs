namespace Requisition.Host.Tests.Web.Api.Support;

/// <summary>What a cell of the access matrix expects.</summary>
public enum Expect
{
    /// <summary>2xx.</summary>
    Ok,

    /// <summary>2xx, and the answer names nothing of the foreign puskesmas (a list scoped to the caller).</summary>
    OkOwnOnly,

    /// <summary>Access passed: 2xx, or the input or state refused after the access check (400, 409) with nothing written.</summary>
    Passes,

    /// <summary>403 or 404, nothing of the object in the answer, nothing written.</summary>
    Denied,

    /// <summary>
    /// Never 2xx, nothing written: 400, 403, 404 or 409. For a task the document is not waiting for, the application layer
    /// says so (400) before it checks the role, so an own-facility caller without the role may see 400 rather than 403.
    /// </summary>
    Refused,

    /// <summary>404: the caller may act, on nothing there.</summary>
    Missing,
}

/// <summary>
/// One endpoint of the matrix: how to call it on a puskesmas's documents (<see cref="Targets"/>), with which body and
/// If-Match, and what each role expects on its own puskesmas and on the foreign one.
/// </summary>
public sealed record AccessRow(string Method, string Route, Func<Targets, string> Path, Func<string, bool, Expect> Expectation)
{
    public Func<Targets, object?>? Body { get; init; }

    public Func<Targets, string?>? IfMatch { get; init; }

    public string Key => $"{Method} {Route}";

    public override string ToString() => Key;
}
