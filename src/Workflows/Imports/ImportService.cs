using System.Security.Cryptography;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Imports;

/// <summary>
/// Brings district data into the database from files (impor data), the same way for the web upload and the command
/// line: first a preview that reads and checks the whole file against the database and writes nothing, then, once the
/// person confirms that same file (by its SHA-256), the apply that checks it again and writes it in one transaction,
/// all or nothing. Re-importing a file already imported changes nothing. Access: an administrator for every kind but
/// the LPLPO, which the pharmacist of its puskesmas imports into their open draft.
/// </summary>
public sealed class ImportService
{
    /// <summary>The largest file an import takes (32 MB); a larger one is refused as a whole before it is read.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    private readonly CycleHost _host;

    internal ImportService(CycleHost host) => _host = host;

    /// <summary>Reads and checks the whole file against the database; writes nothing. Problems are in the preview, never thrown.</summary>
    public Task<ImportPreview> PreviewAsync(Actor actor, ImportKind kind, ImportFile file, ImportOptions options,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard(kind, file, options);
        var sha256 = Sha256Of(file);
        return _host.ReadAsync(actor, async unit =>
        {
            var plan = await CheckAsync(unit, kind, file, sha256, options, progress, cancellationToken);
            return plan.Preview();
        }, cancellationToken);
    }

    /// <summary>
    /// Checks the same file again inside one transaction and writes it; nothing is written if anything is wrong.
    /// <paramref name="expectedSha256"/> is the preview's <see cref="ImportPreview.Sha256"/>: another file is refused
    /// (field "file"), and so is an invalid one, with its problems.
    /// </summary>
    public Task<ImportResult> ApplyAsync(Actor actor, ImportKind kind, ImportFile file, ImportOptions options,
        string expectedSha256, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard(kind, file, options);
        var sha256 = Sha256Of(file);
        if (!string.Equals(sha256, expectedSha256?.Trim(), StringComparison.OrdinalIgnoreCase))
            throw new CommandRejectedException("file",
                $"{file.FileName} is not the file that was previewed (its SHA-256 is {sha256}, the preview's {expectedSha256}): preview it again");
        if (kind == ImportKind.Lplpo) return LplpoImporter.ApplyAsync(_host, actor, file, sha256, options, progress, cancellationToken);
        return _host.RunAsync(actor, $"import.{ImportKinds.Name(kind)}", null, async unit =>
        {
            // The check and the write see the same database: the transaction is open before the first read.
            await unit.BeginAsync();
            var plan = await CheckAsync(unit, kind, file, sha256, options, progress, cancellationToken);
            var preview = plan.Preview();
            if (!preview.Valid) throw Refusal(preview);
            if (plan.Write is not null) await plan.Write();
            unit.Db.ImportRuns.Add(Record(unit, preview));
            return new ImportResult(preview, plan.Passwords.ToList());
        }, cancellationToken);
    }

    internal static async Task<ImportPlan> CheckAsync(CycleUnit unit, ImportKind kind, ImportFile file, string sha256, ImportOptions options,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken, IImporter? importer = null)
    {
        if (kind == ImportKind.Lplpo)
            await Access.RequireAsync(unit, unit.Actor.FacilityId ?? "", CycleRoles.Pharmacist);
        else
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
        var plan = new ImportPlan(kind, file, sha256, options, unit, new ImportProgressReporter(progress), cancellationToken);
        if (!ImportText.WithinLimit(file, plan.Errors)) return plan;
        await (importer ?? For(kind)).CheckAsync(plan);
        return plan;
    }

    /// <summary>The row recorded for an applied import (also when it changed nothing: someone confirmed that file then).</summary>
    internal static ImportRun Record(CycleUnit unit, ImportPreview preview) => new()
    {
        Kind = ImportKinds.Name(preview.Kind),
        FileName = preview.FileName,
        Sha256 = preview.Sha256,
        Rows = preview.Rows,
        Added = preview.Added,
        Changed = preview.Changed,
        Unchanged = preview.Unchanged,
        ImportedBy = unit.Actor.UserId,
        ImportedAt = unit.Now,
    };

    /// <summary>The refusal of an invalid file: its problems, each located, at the field "file".</summary>
    internal static CommandRejectedException Refusal(ImportPreview preview)
    {
        var errors = preview.Errors.Select(e => new CommandError("file", e.ToString())).ToList();
        if (preview.TotalErrors > preview.Errors.Count)
            errors.Add(new CommandError("file", $"... and {preview.TotalErrors - preview.Errors.Count} more"));
        return new CommandRejectedException(errors);
    }

    internal static string Sha256Of(ImportFile file) => Convert.ToHexStringLower(SHA256.HashData(file.Content));

    private static IImporter For(ImportKind kind) => kind switch
    {
        ImportKind.Fornas or ImportKind.Doen => new EditionImporter(),
        ImportKind.Catalog => new CatalogImporter(),
        ImportKind.Facilities => new FacilitiesImporter(),
        ImportKind.Users => new UsersImporter(),
        ImportKind.OpeningStock => new OpeningStockImporter(),
        ImportKind.History => new HistoryImporter(),
        ImportKind.Lplpo => new LplpoImporter(),
        _ => throw new CommandRejectedException("kind", $"'{kind}' is not a kind of import"),
    };

    private static void Guard(ImportKind kind, ImportFile file, ImportOptions options)
    {
        if (!Enum.IsDefined(kind)) throw new CommandRejectedException("kind", $"'{kind}' is not a kind of import");
        if (file?.Content is null) throw new CommandRejectedException("file", "choose the file to import");
        if (string.IsNullOrWhiteSpace(file.FileName)) throw new CommandRejectedException("file", "the file has no name");
        ArgumentNullException.ThrowIfNull(options);
    }
}
