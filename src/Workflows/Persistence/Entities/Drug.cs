using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>
/// An item of the district drug catalog (katalog obat): a drug or BMHP with the code the district's facilities
/// use for it. Formularies, plans, LPLPOs and the stock ledger refer to it by <see cref="Code"/>.
/// </summary>
public sealed class Drug
{
    /// <summary>The item code (kode obat).</summary>
    public DrugCode Code { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Dosage form (sediaan), e.g. "tablet".</summary>
    public string Form { get; set; } = "";

    /// <summary>Strength as written (kekuatan), e.g. "500 mg".</summary>
    public string Strength { get; set; } = "";

    /// <summary>Unit of issue (satuan), e.g. "tablet", "botol".</summary>
    public string Unit { get; set; } = "";

    /// <summary>A generic (obat generik), not a branded product.</summary>
    public bool Generic { get; set; }

    /// <summary>Consumable medical supply (BMHP, bahan medis habis pakai), handled like a drug.</summary>
    public bool Bmhp { get; set; }

    /// <summary>Supplied by a national programme (obat program: TB, malaria, HIV, ...).</summary>
    public bool Programme { get; set; }

    /// <summary>Look-alike sound-alike (LASA).</summary>
    public bool Lasa { get; set; }

    /// <summary>A high-alert drug (obat high-alert).</summary>
    public bool HighAlert { get; set; }

    /// <summary>Units per pack (isi kemasan), when known; plans round up to it.</summary>
    public int? PackSize { get; set; }
}
