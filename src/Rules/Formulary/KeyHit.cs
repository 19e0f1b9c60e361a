namespace Requisition.Rules.Formulary;

/// <summary>A FORNAS row found under one of an item's keys.</summary>
/// <param name="Distance">Item key tier + row key tier: 0 when both names are as written.</param>
internal sealed record KeyHit(IndexedEntry Entry, NameKey ItemKey, NameKey EntryKey, int Distance);
