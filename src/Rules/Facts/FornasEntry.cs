namespace Requisition.Rules.Facts;

/// <summary>One row of the national formulary (Formularium Nasional, e-Fornas layout).</summary>
/// <param name="Id">e-Fornas <c>id_obat</c>; several rows (forms, strengths) share one id.</param>
/// <param name="Name">Indonesian generic name (<c>nama_obat</c>), e.g. "amoksisilin".</param>
/// <param name="InternationalName">INN (<c>nama_obat_internasional</c>).</param>
/// <param name="Form">Dosage form (<c>sediaan</c>), e.g. "TABLET", "SIRUP KERING".</param>
/// <param name="Strength">Strength as written (<c>kekuatan</c>), e.g. "500", "400 mg/80 mg".</param>
/// <param name="Unit">Strength unit (<c>satuan</c>), e.g. "MILIGRAM", "MILIGRAM / MILILITER".</param>
/// <param name="Fktp">Covered at primary care (<c>fpktp</c>).</param>
/// <param name="Essential">On the essential list (<c>oen</c>); stands in for DOEN when no DOEN list is loaded.</param>
/// <param name="Program">Supplied by a national programme (<c>program</c>).</param>
/// <param name="TherapeuticClass">Top-level therapeutic class (<c>kelas_terapi</c>).</param>
/// <param name="Composition">Composition of combination products (<c>komposisi</c>), may be empty.</param>
public sealed record FornasEntry(
    string Id,
    string Name,
    string InternationalName,
    string Form,
    string Strength,
    string Unit,
    bool Fktp,
    bool Essential,
    bool Program,
    string TherapeuticClass,
    string Composition)
{
    /// <summary>Row number in the source list (1-based, header excluded), to tell duplicated keys apart.</summary>
    public int Row { get; init; }
}
