namespace Requisition.Rules.Facts;

/// <summary>One item at one facility: the key most rules join on.</summary>
public readonly record struct ItemKey(FacilityId Facility, DrugCode DrugCode)
{
    public override string ToString() => $"{Facility}/{DrugCode}";
}
