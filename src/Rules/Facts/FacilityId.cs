namespace Requisition.Rules.Facts;

/// <summary>The code of an IFK, puskesmas or sub-unit.</summary>
public readonly record struct FacilityId(string Value)
{
    public override string ToString() => Value;
}
