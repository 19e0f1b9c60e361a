namespace Requisition.Rules.Formulary;

/// <summary>A word of a drug name: the spelling-normalised form compared, and the word as written, shown in reasons.</summary>
internal readonly record struct NameWord(string Key, string Shown);
