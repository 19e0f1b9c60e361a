namespace Requisition.Rules.RuleSets.Flags;

/// <summary>One value that decided a flag: a figure from the facts, named as a pharmacist would name it.</summary>
public sealed record EvidenceItem(string Name, object? Value);
