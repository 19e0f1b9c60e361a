using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.Formulary;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Cycle;

/// <summary>
/// The national reference lists an administrator keeps: the FORNAS and DOEN editions stored, the catalog items the
/// FORNAS matcher cannot place with confidence, and the person's confirmation of the row an item is (a confirmed
/// mapping wins over matching from the next check on), and which edition of each kind is in force (activating another
/// one shows first what it changes in the matching of the catalog). Administrator only; one transaction per action.
/// </summary>
public sealed class ReferenceCommands
{
    /// <summary>Below this confidence a match is shown for confirmation (the matcher's own line between matched and not).</summary>
    public const double ConfidentMatch = 0.8;

    private readonly CycleHost _host;

    internal ReferenceCommands(CycleHost host) => _host = host;

    /// <summary>
    /// Every stored edition, newest import first, with its number of rows and whether it is the active one (the edition
    /// in force: the one marked active, or the newest of its kind while none is).
    /// </summary>
    public Task<IReadOnlyList<ReferenceListView>> EditionsAsync(Actor actor, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
            var db = unit.Db;
            var lists = await db.ReferenceLists.AsNoTracking()
                .Select(l => new
                {
                    l.Id, l.Kind, l.Edition, l.Source, l.ImportedBy, l.ImportedAt, l.Active,
                    Fornas = db.FornasItems.Count(i => i.ListId == l.Id),
                    Doen = db.DoenItems.Count(i => i.ListId == l.Id),
                })
                .ToListAsync(cancellationToken);
            // In force: the active edition of its kind, or the newest while none is marked active (as the rules read them).
            var inForce = lists.GroupBy(l => l.Kind).Select(g => g.OrderByDescending(l => l.Active).ThenByDescending(l => l.Id).First().Id).ToHashSet();
            return (IReadOnlyList<ReferenceListView>)lists.OrderByDescending(l => l.ImportedAt).ThenByDescending(l => l.Id)
                .Select(l => new ReferenceListView(l.Id, l.Kind.ToString().ToLowerInvariant(), l.Edition, l.Source, l.ImportedBy, l.ImportedAt,
                    l.Kind == ReferenceListKind.Fornas ? l.Fornas : l.Doen, inForce.Contains(l.Id)))
                .ToList();
        }, cancellationToken);

    /// <summary>
    /// The catalog items of the district the active FORNAS edition does not place with confidence and no person has
    /// confirmed for that edition, by code; empty when no FORNAS edition is stored.
    /// </summary>
    public Task<IReadOnlyList<UnmatchedItem>> UnmatchedAsync(Actor actor, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
            var db = unit.Db;
            var listId = await ReferenceCache.ActiveListIdAsync(db, ReferenceListKind.Fornas, cancellationToken);
            if (listId is null) return (IReadOnlyList<UnmatchedItem>)[];
            var rows = await db.FornasItems.AsNoTracking().Where(i => i.ListId == listId).OrderBy(i => i.Row).ToListAsync(cancellationToken);
            var idByRow = rows.ToDictionary(r => r.Row, r => r.Id);
            var matcher = new FornasMatcher(rows.Select(i => new FornasEntry(i.FornasId, i.Name, i.InternationalName, i.Form, i.Strength, i.Unit,
                i.Fktp, i.Essential, i.Program, i.TherapeuticClass, i.Composition) { Row = i.Row }));
            var confirmed = (await db.ConfirmedMappings.AsNoTracking().Where(m => m.ListId == listId).Select(m => m.DrugCode).ToListAsync(cancellationToken)).ToHashSet();
            var drugs = await db.Drugs.AsNoTracking().ToListAsync(cancellationToken);
            var unmatched = new List<UnmatchedItem>();
            foreach (var drug in drugs.Where(d => !confirmed.Contains(d.Code)).OrderBy(d => d.Code.Value, StringComparer.Ordinal))
            {
                var match = matcher.Match(new ItemDescription(drug.Code.Value, drug.Name, Blank(drug.Form), Blank(drug.Strength), Blank(drug.Unit)));
                if (match.Outcome is MatchOutcome.Matched or MatchOutcome.Confirmed && match.Confidence >= ConfidentMatch) continue;
                var candidates = match.Candidates.Where(c => idByRow.ContainsKey(c.Row))
                    .Select(c => new FornasCandidate(idByRow[c.Row], c.Id, c.Name, c.Form, c.Strength, c.Unit)).ToList();
                unmatched.Add(new UnmatchedItem(drug.Code.Value, drug.Name, drug.Form, drug.Strength, drug.Unit,
                    match.Outcome.ToString().ToLowerInvariant(), Math.Round(match.Confidence, 2), match.Reason, candidates));
            }
            return (IReadOnlyList<UnmatchedItem>)unmatched;
        }, cancellationToken);

    /// <summary>
    /// Confirms that a catalog item is a FORNAS row: stored as the item's mapping for that row's edition (replacing an
    /// earlier confirmation for the same edition), with who and when.
    /// </summary>
    public Task<ConfirmedMappingView> ConfirmAsync(Actor actor, ConfirmMappingInput input, CancellationToken cancellationToken = default)
    {
        Access.Validate(new ConfirmMappingValidator(), input);
        return _host.RunAsync(actor, "admin.confirm-mapping", null, async unit =>
        {
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
            var db = unit.Db;
            var code = new DrugCode(input.DrugCode.Trim());
            var errors = new List<CommandError>();
            if (!await db.Drugs.AnyAsync(d => d.Code == code, cancellationToken)) errors.Add(new("drugCode", $"no item {code} in the drug catalog"));
            var row = await db.FornasItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == input.FornasItemId, cancellationToken);
            if (row is null) errors.Add(new("fornasItemId", $"no FORNAS row {input.FornasItemId}"));
            if (errors.Count > 0) throw new CommandRejectedException(errors);
            var mapping = await db.ConfirmedMappings.SingleOrDefaultAsync(m => m.DrugCode == code && m.ListId == row!.ListId, cancellationToken);
            if (mapping is null)
            {
                mapping = new ConfirmedMapping { DrugCode = code, ListId = row!.ListId };
                db.ConfirmedMappings.Add(mapping);
            }
            mapping.FornasItemId = row!.Id;
            mapping.DoenItemId = null;
            mapping.ConfirmedBy = actor.UserId;
            mapping.ConfirmedAt = unit.Now;
            mapping.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            // Saved inside the command's transaction (committed with it) so a new mapping answers with its id.
            await unit.SaveAsync();
            return new ConfirmedMappingView(mapping.Id, code.Value, row.ListId, row.Id, row.FornasId, actor.UserId, unit.Now, mapping.Note);
        }, cancellationToken);
    }

    /// <summary>
    /// What making edition <paramref name="listId"/> the active one of its kind would change in the matching of the
    /// district catalog (nothing when it is the active one already); writes nothing.
    /// </summary>
    public Task<EditionChangeView> ActivationPreviewAsync(Actor actor, long listId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
            return await EditionChangeAsync(unit, listId, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Makes edition <paramref name="listId"/> the active one of its kind (the one before it stops being active) and answers
    /// with what that changed in the matching; the next check of any document uses it.
    /// </summary>
    public Task<EditionChangeView> ActivateAsync(Actor actor, long listId, CancellationToken cancellationToken = default) =>
        _host.RunAsync(actor, "admin.activate-edition", null, async unit =>
        {
            await Access.RequireRoleAsync(unit, CycleRoles.Administrator);
            await unit.BeginAsync();
            var change = await EditionChangeAsync(unit, listId, cancellationToken);
            await MakeActiveAsync(unit, listId, cancellationToken);
            return change with { Active = true };
        }, cancellationToken);

    /// <summary>Makes a stored edition the active one of its kind, inside the unit's transaction (opened by the caller).</summary>
    internal static async Task MakeActiveAsync(CycleUnit unit, long listId, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var kind = await db.ReferenceLists.AsNoTracking().Where(l => l.Id == listId).Select(l => l.Kind).SingleAsync(cancellationToken);
        // One active edition per kind: every other edition of the kind is marked inactive in the same transaction.
        await db.ReferenceLists.Where(l => l.Kind == kind && l.Active && l.Id != listId)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Active, false), cancellationToken);
        await db.ReferenceLists.Where(l => l.Id == listId && !l.Active)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Active, true), cancellationToken);
    }

    private static async Task<EditionChangeView> EditionChangeAsync(CycleUnit unit, long listId, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var list = await db.ReferenceLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken)
            ?? throw new NotFoundException($"no reference list edition {listId}");
        var inForce = await ReferenceCache.ActiveListIdAsync(db, list.Kind, cancellationToken);
        var replaces = inForce is { } id && id != list.Id
            ? await db.ReferenceLists.AsNoTracking().Where(l => l.Id == id).Select(l => l.Edition).SingleAsync(cancellationToken)
            : null;
        IReadOnlyList<FornasEntry>? fornas = null;
        IReadOnlyList<DoenEntry>? doen = null;
        if (list.Kind == ReferenceListKind.Fornas)
            fornas = await db.FornasItems.AsNoTracking().Where(i => i.ListId == list.Id).OrderBy(i => i.Row)
                .Select(i => new FornasEntry(i.FornasId, i.Name, i.InternationalName, i.Form, i.Strength, i.Unit, i.Fktp,
                    i.Essential, i.Program, i.TherapeuticClass, i.Composition) { Row = i.Row })
                .ToListAsync(cancellationToken);
        else
            doen = await db.DoenItems.AsNoTracking().Where(i => i.ListId == list.Id).OrderBy(i => i.Row)
                .Select(i => new DoenEntry(i.Name, i.Form, i.Strength, i.Unit)).ToListAsync(cancellationToken);
        var (catalogItems, changes) = await EditionMatching.CompareAsync(unit, list.Kind, fornas, doen, cancellationToken);
        return new EditionChangeView(list.Id, list.Kind.ToString().ToLowerInvariant(), list.Edition, inForce == list.Id, replaces, catalogItems, changes);
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

internal sealed class ConfirmMappingValidator : AbstractValidator<ConfirmMappingInput>
{
    public ConfirmMappingValidator()
    {
        RuleFor(x => x.DrugCode).Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("name the item's code");
        RuleFor(x => x.FornasItemId).GreaterThan(0).WithMessage("choose the FORNAS row the item is");
        RuleFor(x => x.Note).MaximumLength(InputRules.MaxText).WithMessage($"at most {InputRules.MaxText} characters");
    }
}
