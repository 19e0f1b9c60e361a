namespace Requisition.Rules.Facts;

/// <summary>
/// Where a catalog item stands against the reference lists (FORNAS, DOEN), as decided by matching
/// or by a confirmed mapping. Computed before a rule session and inserted as a fact.
/// </summary>
/// <param name="Fornas">The FORNAS row the item maps to, or null when nothing matched with confidence.</param>
/// <param name="OnDoen">On the essential list: the DOEN list when one is loaded, else FORNAS <c>oen</c>.</param>
/// <param name="DoenSource">"doen" or "fornas-oen": which list decided <see cref="OnDoen"/>.</param>
/// <param name="Confidence">0..1 confidence of the FORNAS match (1 for a confirmed mapping).</param>
/// <param name="Reason">Why the match was (or was not) made, in words a pharmacist can check.</param>
/// <param name="Signature">Normalised ingredients + form family + strength; equal signatures mean the same drug.</param>
public sealed record ReferenceStatus(
    ItemKey Key,
    FornasEntry? Fornas,
    bool OnDoen,
    string DoenSource,
    double Confidence,
    string Reason,
    string Signature);
