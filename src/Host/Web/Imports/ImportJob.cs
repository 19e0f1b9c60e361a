using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web.Imports;

/// <summary>
/// One import (impor data) of one person: the uploaded file, its progress, its preview and, once confirmed and written,
/// its result. Made and run by <see cref="ImportJobStore"/>; its state is changed by the background work and read by
/// pages and the API at the same time, so every read goes through <see cref="Snapshot"/>.
/// </summary>
public sealed class ImportJob
{
    private readonly Lock _lock = new();
    private byte[]? _content;
    private ImportJobStatus _status = ImportJobStatus.Previewing;
    private ImportProgress _progress = new("reading", 0, 0);
    private ImportPreview? _preview;
    private ImportResult? _result;
    private IReadOnlyList<IssuedPassword> _passwords = [];
    private int _issued;
    private IReadOnlyList<CommandError> _errors = [];
    private DateTimeOffset _changed;

    internal ImportJob(string id, Actor owner, ImportKind kind, ImportFile file, ImportOptions options, DateTimeOffset now)
    {
        Id = id;
        Owner = owner;
        Kind = kind;
        FileName = file.FileName;
        Bytes = file.Content.LongLength;
        Options = options;
        Started = now;
        _changed = now;
        _content = file.Content;
    }

    /// <summary>Random and unguessable (128 bits): knowing it is not enough, the job also answers only its owner.</summary>
    public string Id { get; }

    public Actor Owner { get; }

    public ImportKind Kind { get; }

    public string FileName { get; }

    public long Bytes { get; }

    public ImportOptions Options { get; }

    public DateTimeOffset Started { get; }

    /// <summary>The job's state now, consistent in itself.</summary>
    public ImportJobView Snapshot()
    {
        lock (_lock)
            return new ImportJobView(Id, Kind, FileName, Bytes, Options.Edition, Options.Source, Options.Activate, _status,
                _progress, _preview, _result?.Preview, _issued, _passwords.Count > 0, _errors, Started, _changed);
    }

    /// <summary>The passwords the users import issued, handed out once: a second call answers none.</summary>
    public IReadOnlyList<IssuedPassword> TakePasswords()
    {
        lock (_lock)
        {
            var passwords = _passwords;
            _passwords = [];
            return passwords;
        }
    }

    internal bool BelongsTo(Actor actor) => Owner == actor;

    internal DateTimeOffset Changed
    {
        get
        {
            lock (_lock) return _changed;
        }
    }

    internal bool Running
    {
        get
        {
            lock (_lock) return _status is ImportJobStatus.Previewing or ImportJobStatus.Applying;
        }
    }

    internal ImportFile File
    {
        get
        {
            lock (_lock) return new ImportFile(FileName, _content ?? throw new InvalidOperationException($"import {Id} no longer holds its file"));
        }
    }

    internal void Report(ImportProgress progress, DateTimeOffset now)
    {
        lock (_lock)
        {
            _progress = progress;
            _changed = now;
        }
    }

    internal void Previewed(ImportPreview preview, DateTimeOffset now)
    {
        lock (_lock)
        {
            _preview = preview;
            _status = ImportJobStatus.Previewed;
            _changed = now;
            // Nothing more can be done with a file that is refused or changes nothing: let its bytes go now.
            if (!preview.Valid || preview.ChangesNothing) _content = null;
        }
    }

    /// <summary>Moves a previewed job that may be saved to <see cref="ImportJobStatus.Applying"/>; refuses otherwise.</summary>
    internal void BeginApply(string sha256, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_status != ImportJobStatus.Previewed || _preview is null || _content is null)
                throw new CommandRejectedException("status", $"import {Id} is {Describe(_status)}: only a finished preview can be saved");
            if (!_preview.Valid)
                throw new CommandRejectedException("file", $"the file has {_preview.TotalErrors} error(s): fix them and upload it again");
            if (_preview.ChangesNothing)
                throw new CommandRejectedException("file", "the file changes nothing: there is nothing to save");
            if (!string.Equals(sha256?.Trim(), _preview.Sha256, StringComparison.OrdinalIgnoreCase))
                throw new CommandRejectedException("sha256", $"names another file than the one previewed (sha256 {_preview.Sha256})");
            _status = ImportJobStatus.Applying;
            _progress = new ImportProgress("reading", 0, 0);
            _changed = now;
        }
    }

    internal void Applied(ImportResult result, DateTimeOffset now)
    {
        lock (_lock)
        {
            // The passwords are kept apart, to be handed out once; the result keeps none.
            _result = result with { Passwords = [] };
            _passwords = result.Passwords;
            _issued = result.Passwords.Count;
            _status = ImportJobStatus.Applied;
            _changed = now;
            _content = null;
        }
    }

    internal void Failed(IReadOnlyList<CommandError> errors, DateTimeOffset now)
    {
        lock (_lock)
        {
            _errors = errors;
            _status = ImportJobStatus.Failed;
            _changed = now;
            _content = null;
        }
    }

    /// <summary>Lets the file's bytes and any passwords not yet shown go (the job has expired).</summary>
    internal void Drop()
    {
        lock (_lock)
        {
            _content = null;
            _passwords = [];
        }
    }

    private static string Describe(ImportJobStatus status) => status switch
    {
        ImportJobStatus.Previewing => "still being checked",
        ImportJobStatus.Applying => "being saved already",
        ImportJobStatus.Applied => "saved already",
        ImportJobStatus.Failed => "refused",
        _ => "previewed",
    };
}
