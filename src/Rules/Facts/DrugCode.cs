namespace Requisition.Rules.Facts;

/// <summary>A facility's own code for a drug or BMHP item (kode obat).</summary>
public readonly record struct DrugCode(string Value)
{
    public override string ToString() => Value;
}
