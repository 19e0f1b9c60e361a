using System.Collections.Concurrent;
using System.Security.Cryptography;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web.Imports;

/// <summary>
/// The imports (impor data) running or waiting for a confirmation: each uploaded file becomes a job that previews it in
/// the background and, once its owner confirms, writes it, reporting progress as it goes. A job answers only the person
/// (user, role and facility) who started it, under a random id; it is forgotten <see cref="Lifetime"/> after its last
/// change, and a person keeps at most <see cref="MaxJobsPerUser"/> (a new upload lets the oldest finished one go).
/// The file's bytes are let go as soon as they are written, refused, or the job expires.
/// </summary>
/// <remarks>
/// Jobs live in this process's memory only: behind several web servers, the upload, the job page and the confirmation must
/// reach the same one (sticky sessions), and a restart forgets the previews (nothing is lost: nothing was written yet, and a
/// write is one transaction). The database holds no job.
/// </remarks>
public sealed class ImportJobStore : IDisposable
{
    public const int MaxJobsPerUser = 3;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new(StringComparer.Ordinal);
    private readonly Lock _starting = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly CycleHost _cycle;
    private readonly IClock _clock;
    private readonly ILogger<ImportJobStore> _log;
    private readonly Timer _sweeper;

    public ImportJobStore(CycleHost cycle, IClock clock, ILogger<ImportJobStore> log)
    {
        _cycle = cycle;
        _clock = clock;
        _log = log;
        _sweeper = new Timer(_ => Sweep(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    /// <summary>
    /// Starts previewing <paramref name="file"/> for <paramref name="actor"/> in the background and answers the job at once.
    /// Refused when the person already has <see cref="MaxJobsPerUser"/> imports running.
    /// </summary>
    public ImportJob Start(Actor actor, ImportKind kind, ImportFile file, ImportOptions options)
    {
        ImportJob job;
        lock (_starting)
        {
            Sweep();
            var own = _jobs.Values.Where(j => j.BelongsTo(actor)).OrderBy(j => j.Changed).ToList();
            foreach (var finished in own.Where(j => !j.Running).Take(Math.Max(0, own.Count - MaxJobsPerUser + 1)))
                Forget(finished);
            if (own.Count(j => j.Running) >= MaxJobsPerUser)
                throw new CommandRejectedException("file", $"{MaxJobsPerUser} imports of yours are still running: wait for one to finish");
            var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            job = new ImportJob(id, actor, kind, file, options with { PasswordHash = ImportPasswords.Hash }, _clock.Now);
            _jobs[id] = job;
        }
        Run(job, async (progress, token) =>
        {
            var preview = await _cycle.Imports.PreviewAsync(job.Owner, job.Kind, job.File, job.Options, progress, token);
            job.Previewed(preview, _clock.Now);
        });
        return job;
    }

    /// <summary>The job <paramref name="id"/> of <paramref name="actor"/>; null when there is none, it expired, or it is someone else's.</summary>
    public ImportJob? Find(Actor actor, string? id)
    {
        if (string.IsNullOrEmpty(id) || !_jobs.TryGetValue(id, out var job)) return null;
        if (Expired(job))
        {
            Forget(job);
            return null;
        }
        return job.BelongsTo(actor) ? job : null;
    }

    /// <summary>The imports of <paramref name="actor"/> still kept, newest first.</summary>
    public IReadOnlyList<ImportJobView> JobsOf(Actor actor) =>
        _jobs.Values.Where(j => j.BelongsTo(actor) && !Expired(j)).Select(j => j.Snapshot()).OrderByDescending(j => j.Started).ToList();

    /// <summary>
    /// Writes the previewed file of <paramref name="job"/> in the background. <paramref name="sha256"/> is the preview's
    /// (the file the person saw); refused unless the preview is finished, valid and changes something.
    /// </summary>
    public void Confirm(ImportJob job, string sha256)
    {
        job.BeginApply(sha256, _clock.Now);
        var expected = job.Snapshot().Preview!.Sha256;
        Run(job, async (progress, token) =>
        {
            var result = await _cycle.Imports.ApplyAsync(job.Owner, job.Kind, job.File, job.Options, expected, progress, token);
            job.Applied(result, _clock.Now);
        });
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        _stopping.Cancel();
        _stopping.Dispose();
        foreach (var job in _jobs.Values) job.Drop();
        _jobs.Clear();
    }

    private void Run(ImportJob job, Func<IProgress<ImportProgress>, CancellationToken, Task> work)
    {
        var progress = new JobProgress(job, _clock);
        var token = _stopping.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                await work(progress, token);
            }
            catch (Exception e) when (Refusal(e) is { } errors)
            {
                job.Failed(errors, _clock.Now);
            }
            catch (Exception e)
            {
                _log.LogError(e, "Import {Job} ({Kind}, {File}) failed", job.Id, job.Kind, job.FileName);
                job.Failed([new CommandError("", token.IsCancellationRequested
                    ? "the server stopped before the import finished; nothing was written"
                    : "something went wrong on the server; nothing was written")], _clock.Now);
            }
        }, CancellationToken.None);
    }

    /// <summary>The service's refusals, as the person should read them; null for a fault of ours.</summary>
    private static IReadOnlyList<CommandError>? Refusal(Exception e) => e switch
    {
        CommandRejectedException rejected => rejected.Errors,
        AccessDeniedException or NotFoundException or StaleDocumentException => [new CommandError("", e.Message)],
        _ => null,
    };

    private bool Expired(ImportJob job) => !job.Running && _clock.Now - job.Changed > Lifetime;

    private void Sweep()
    {
        foreach (var job in _jobs.Values.Where(Expired).ToList()) Forget(job);
    }

    private void Forget(ImportJob job)
    {
        if (_jobs.TryRemove(job.Id, out _)) job.Drop();
    }

    /// <summary>Progress reports written straight onto the job (not posted to a synchronization context).</summary>
    private sealed class JobProgress(ImportJob job, IClock clock) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Report(value, clock.Now);
    }
}
