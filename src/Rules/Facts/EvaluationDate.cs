namespace Requisition.Rules.Facts;

/// <summary>The as-of date of an evaluation: expiry windows and due days count from it.</summary>
public sealed record EvaluationDate(DateOnly Today);
