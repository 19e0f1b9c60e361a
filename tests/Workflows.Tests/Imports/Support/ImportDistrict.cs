using System.Text;
using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports.Support;

/// <summary>
/// A <see cref="CycleDistrict"/> (SQLite file) to import into as its administrator: files written as CSV lines, the
/// preview then the apply of the same bytes, and a fingerprint of everything an import may write, to show that a
/// refused file wrote nothing.
/// </summary>
internal sealed class ImportDistrict(CycleDistrict district)
{
    public CycleDistrict District => district;

    public CycleHost Host => district.Host;

    public Actor Admin => new(district.Seeded.Administrator, CycleRoles.Administrator, null);

    public ImportService Imports => district.Host.Imports;

    public static async Task<ImportDistrict> CreateAsync(TestDatabase database, int puskesmas = 1) =>
        new(await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas));

    /// <summary>A CSV file of <paramref name="lines"/>, LF line ends.</summary>
    public static ImportFile Csv(string fileName, params string[] lines) =>
        new(fileName, Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    /// <summary>The stand-in for the web host's password hasher.</summary>
    public static string Hash(string password) => "hashed:" + password;

    public static readonly ImportOptions WithHasher = new(PasswordHash: Hash);

    public Task<ImportPreview> PreviewAsync(ImportKind kind, ImportFile file, ImportOptions? options = null, Actor? actor = null,
        IProgress<ImportProgress>? progress = null) =>
        Imports.PreviewAsync(actor ?? Admin, kind, file, options ?? WithHasher, progress);

    /// <summary>Previews, expects a valid file, and applies the same bytes.</summary>
    public async Task<ImportResult> ImportAsync(ImportKind kind, ImportFile file, ImportOptions? options = null, Actor? actor = null)
    {
        var preview = await PreviewAsync(kind, file, options, actor);
        Assert.True(preview.Valid, string.Join(Environment.NewLine, preview.Errors));
        return await Imports.ApplyAsync(actor ?? Admin, kind, file, options ?? WithHasher, preview.Sha256);
    }

    /// <summary>Row counts and the changeable values of every table an import writes, as one text.</summary>
    public async Task<string> FingerprintAsync()
    {
        await using var db = district.Database.CreateDbContext();
        var text = new StringBuilder();
        foreach (var f in await db.Facilities.AsNoTracking().OrderBy(f => f.Id).ToListAsync())
            text.Append($"F {f.Id} {f.Name} {f.Kind} {f.ParentId} {f.Active}\n");
        foreach (var u in await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync())
            text.Append($"U {u.Id} {u.Name} {u.Active} {u.PasswordHash}\n");
        text.Append($"roles {await db.UserRoles.CountAsync()}\n");
        foreach (var d in await db.Drugs.AsNoTracking().OrderBy(d => d.Code).ToListAsync())
            text.Append($"D {d.Code} {d.Name} {d.Form} {d.Strength} {d.Unit} {d.Generic} {d.Bmhp} {d.Programme} {d.Lasa} {d.HighAlert} {d.PackSize}\n");
        foreach (var l in await db.ReferenceLists.AsNoTracking().OrderBy(l => l.Id).ToListAsync())
            text.Append($"L {l.Id} {l.Kind} {l.Edition} {l.Active}\n");
        text.Append($"fornas {await db.FornasItems.CountAsync()} doen {await db.DoenItems.CountAsync()}\n");
        text.Append($"lplpos {await db.Lplpos.CountAsync()} revisions {await db.Lplpos.SumAsync(r => r.Revision)} lines {await db.LplpoItems.CountAsync()}\n");
        text.Append($"used {await db.LplpoItems.SumAsync(i => i.Used)} requested {await db.LplpoItems.SumAsync(i => i.Requested)}\n");
        text.Append($"movements {await db.StockMovements.CountAsync()} imports {await db.ImportRuns.CountAsync()}\n");
        return text.ToString();
    }
}
