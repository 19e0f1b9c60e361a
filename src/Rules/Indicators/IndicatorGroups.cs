namespace Requisition.Rules.Indicators;

/// <summary>
/// The stages of drug management the indicators evaluate (Satibi 2021): selection (seleksi), planning (perencanaan),
/// distribution (distribusi), availability (ketersediaan), storage (penyimpanan), use (penggunaan).
/// </summary>
public static class IndicatorGroups
{
    public const string Selection = "selection";
    public const string Planning = "planning";
    public const string Distribution = "distribution";
    public const string Availability = "availability";
    public const string Storage = "storage";
    public const string Use = "use";
}
