using Requisition.Rules.Facts;

namespace Requisition.Rules.Formulary;

/// <summary>The result of matching one item against FORNAS, with the evidence a pharmacist needs to check it.</summary>
/// <param name="Entry">The FORNAS row the item is, for <see cref="MatchOutcome.Confirmed"/> and <see cref="MatchOutcome.Matched"/> only.</param>
/// <param name="Confidence">1.0 for a confirmed mapping, at least 0.8 for a match, below 0.8 otherwise.</param>
/// <param name="Reason">One sentence naming what was compared and which row decided it.</param>
/// <param name="Candidates">
/// The rows a person would look at: for a match, the rows of the matched product (the chosen one first);
/// for an ambiguous result, one row per possible product; for no match, the nearest rows of the same drug.
/// </param>
/// <param name="Signature">The item's <see cref="DrugSignature"/>, so duplicates can be found without FORNAS.</param>
public sealed record FornasMatch(
    ItemDescription Item,
    FornasEntry? Entry,
    double Confidence,
    MatchOutcome Outcome,
    string Reason,
    IReadOnlyList<FornasEntry> Candidates,
    string Signature);
