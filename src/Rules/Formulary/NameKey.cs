namespace Requisition.Rules.Formulary;

/// <summary>An ingredient key of a drug, and how far it is from the name as written.</summary>
/// <param name="Tier">0 the name itself, 1 an alias (parenthesised, international, after ':'), 2 without salts or qualifiers.</param>
/// <param name="Name">The name the key was made from, for reasons.</param>
internal sealed record NameKey(string Key, int Tier, DrugName Name);
