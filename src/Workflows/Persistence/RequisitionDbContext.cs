using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Persistence.Conventions;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Persistence.Saving;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Persistence;

/// <summary>
/// Requisition's state on EF Core, one model for SQLite and PostgreSQL. One context is one unit of work: the
/// workflow store and the domain changes of one action are staged in it and committed by one
/// <c>SaveChanges</c>, in one transaction. On commit the context refuses changes to append-only records
/// (<see cref="AppendOnlyException"/>), increments the revision of every changed workflow instance, and reports
/// a stale instance, a bookmark already taken or a timer already claimed as a
/// <see cref="Runtime.Contracts.WorkflowConflictException"/>.
/// </summary>
public sealed class RequisitionDbContext(DbContextOptions<RequisitionDbContext> options) : DbContext(options)
{
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<User> Users => Set<User>();
    public DbSet<UserRole> UserRoles => Set<UserRole>();
    public DbSet<Drug> Drugs => Set<Drug>();
    public DbSet<ReferenceList> ReferenceLists => Set<ReferenceList>();
    public DbSet<FornasItem> FornasItems => Set<FornasItem>();
    public DbSet<DoenItem> DoenItems => Set<DoenItem>();
    public DbSet<ConfirmedMapping> ConfirmedMappings => Set<ConfirmedMapping>();
    public DbSet<FormularyDocument> Formularies => Set<FormularyDocument>();
    public DbSet<FormularyItem> FormularyItems => Set<FormularyItem>();
    public DbSet<RkoDocument> Rkos => Set<RkoDocument>();
    public DbSet<RkoItem> RkoItems => Set<RkoItem>();
    public DbSet<LplpoReport> Lplpos => Set<LplpoReport>();
    public DbSet<LplpoItem> LplpoItems => Set<LplpoItem>();
    public DbSet<LplpoGiven> LplpoGiven => Set<LplpoGiven>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();
    public DbSet<StockBalance> StockBalances => Set<StockBalance>();
    public DbSet<IssueNote> IssueNotes => Set<IssueNote>();
    public DbSet<IssueNoteLine> IssueNoteLines => Set<IssueNoteLine>();
    public DbSet<GoodsReceipt> Receipts => Set<GoodsReceipt>();
    public DbSet<GoodsReceiptLine> ReceiptLines => Set<GoodsReceiptLine>();
    public DbSet<FlagRecord> Flags => Set<FlagRecord>();
    public DbSet<ThresholdRevision> ThresholdRevisions => Set<ThresholdRevision>();
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();
    public DbSet<Bookmark> Bookmarks => Set<Bookmark>();
    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    /// <summary>The engine this context talks to.</summary>
    public DatabaseProvider Provider =>
        Database.IsSqlite() ? DatabaseProvider.Sqlite
        : Database.IsNpgsql() ? DatabaseProvider.Postgres
        : throw new InvalidOperationException($"Unsupported database provider '{Database.ProviderName}'.");

    /// <summary>Not used: the bulk rows and the stock balances they keep are written by the asynchronous save only.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Save with SaveChangesAsync: the stock balances and the bulk rows are written there.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Changes are detected once: the commit's checks, the bulk rows and EF's own save all work from that. Detecting
        // again would also find the detached bulk rows in their parents' lists and add them back.
        ChangeTracker.DetectChanges();
        var detectChanges = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var commit = Commit.Prepare(ChangeTracker);
            var bulk = BulkInsert.Take(this);
            var updates = BulkUpdate.Take(this);
            // The bulk rows and EF's own go in one transaction: the caller's, or one of the save's own.
            await using var own = (bulk is not null || updates is not null) && Database.CurrentTransaction is null
                ? await Database.BeginTransactionAsync(cancellationToken) : null;
            try
            {
                // EF's rows are accepted only once the bulk rows are written too, so a failed save can be retried.
                var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: bulk is null && updates is null && acceptAllChangesOnSuccess, cancellationToken);
                if (updates is not null) written += await updates.WriteAsync(this, cancellationToken);
                if (bulk is not null) written += await bulk.WriteAsync(this, cancellationToken);
                if (own is not null) await own.CommitAsync(cancellationToken);
                if ((bulk is not null || updates is not null) && acceptAllChangesOnSuccess) ChangeTracker.AcceptAllChanges();
                return written;
            }
            catch (Exception failure)
            {
                updates?.Restore();
                bulk?.Restore(this);
                throw commit.Fail(failure);
            }
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModelConventions.Configure(configurationBuilder, Provider);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RequisitionDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
