namespace Requisition.Workflows.Cycle;

/// <summary>
/// One edition of a national reference list as stored: FORNAS or DOEN, where it came from, who imported it, how many
/// rows, and whether it is the active edition (edisi berlaku) of its kind.
/// </summary>
public sealed record ReferenceListView(long Id, string Kind, string Edition, string? Source, string ImportedBy, DateTimeOffset ImportedAt, int Items, bool Active);

/// <summary>
/// What making an edition the active one changes in the matching of the district catalog (perubahan edisi): the items
/// whose FORNAS-for-FKTP or DOEN status, or matched FORNAS row, differ between the edition in force
/// (<see cref="ReplacesEdition"/>) and this one. <see cref="Active"/>: whether this edition is the active one now.
/// </summary>
public sealed record EditionChangeView(
    long ListId, string Kind, string Edition, bool Active, string? ReplacesEdition, int CatalogItems, IReadOnlyList<EditionItemChange> Items);

/// <summary>
/// One catalog item whose standing changes with an edition: before and after in words ("FORNAS 12 parasetamol tablet
/// 500 mg, FKTP, DOEN"), and what changed ("gains DOEN", "loses FORNAS-for-FKTP", "matches another FORNAS row").
/// </summary>
public sealed record EditionItemChange(string DrugCode, string Name, string Before, string After, IReadOnlyList<string> Changes);

/// <summary>A FORNAS row a person may pick for a catalog item.</summary>
public sealed record FornasCandidate(long FornasItemId, string FornasId, string Name, string Form, string Strength, string Unit);

/// <summary>
/// A catalog item the matcher could not tie to one FORNAS row with confidence (ambiguous, unmatched, or matched below
/// <see cref="ReferenceCommands.ConfidentMatch"/>), with the rows a person would choose from.
/// </summary>
public sealed record UnmatchedItem(
    string DrugCode, string Name, string Form, string Strength, string Unit, string Outcome, double Confidence, string Reason,
    IReadOnlyList<FornasCandidate> Candidates);

/// <summary>A person's confirmation that catalog item <see cref="DrugCode"/> is FORNAS row <see cref="FornasItemId"/>.</summary>
public sealed record ConfirmMappingInput(string DrugCode, long FornasItemId, string? Note = null);

/// <summary>A confirmed mapping as stored.</summary>
public sealed record ConfirmedMappingView(long Id, string DrugCode, long ListId, long FornasItemId, string FornasId, string ConfirmedBy, DateTimeOffset ConfirmedAt, string? Note);
