namespace Requisition.Rules.Thresholds;

/// <summary>A threshold file or edit that cannot be used; the message names the value at fault.</summary>
public sealed class ThresholdException(string message) : Exception(message);
