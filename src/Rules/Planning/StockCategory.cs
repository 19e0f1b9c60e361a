namespace Requisition.Rules.Planning;

/// <summary>Months-of-stock category used by the availability indicators (tingkat ketersediaan).</summary>
public enum StockCategory
{
    /// <summary>Kosong: under the "out" limit (default 1 month).</summary>
    Out,
    /// <summary>Kurang: from the out limit up to the safe minimum (default 1 to &lt; 12 months).</summary>
    Short,
    /// <summary>Aman: from the safe minimum to the excess limit inclusive (default 12-18 months).</summary>
    Safe,
    /// <summary>Berlebih: above the excess limit (default &gt; 18 months).</summary>
    Excess,
}
