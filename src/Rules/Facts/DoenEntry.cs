namespace Requisition.Rules.Facts;

/// <summary>One row of a national essential medicines list (DOEN) edition.</summary>
public sealed record DoenEntry(string Name, string Form, string Strength, string Unit);
