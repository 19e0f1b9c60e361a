namespace Requisition.Rules.Formulary;

/// <summary>A drug text split into its name tokens, the strengths and the form it mentions.</summary>
internal sealed record ScanResult(
    IReadOnlyList<NameToken> Name,
    IReadOnlyList<Quantity> Quantities,
    FormFamily Family,
    bool InjectionRoute);
