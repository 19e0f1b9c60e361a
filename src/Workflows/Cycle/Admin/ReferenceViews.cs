namespace Requisition.Workflows.Cycle;

/// <summary>One edition of a national reference list as stored: FORNAS or DOEN, where it came from, who imported it, how many rows.</summary>
public sealed record ReferenceListView(long Id, string Kind, string Edition, string? Source, string ImportedBy, DateTimeOffset ImportedAt, int Items);

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
