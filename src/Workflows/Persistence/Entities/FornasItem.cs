namespace Requisition.Workflows.Persistence.Entities;

/// <summary>One row of a FORNAS edition (e-Fornas layout, see <c>FornasEntry</c>).</summary>
public sealed class FornasItem
{
    public long Id { get; set; }

    public long ListId { get; set; }

    /// <summary>Row number in the source list (1-based, header excluded); unique within the list.</summary>
    public int Row { get; set; }

    /// <summary>e-Fornas <c>id_obat</c>; several rows (forms, strengths) share one id.</summary>
    public string FornasId { get; set; } = "";

    /// <summary>Indonesian generic name (<c>nama_obat</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary>INN (<c>nama_obat_internasional</c>).</summary>
    public string InternationalName { get; set; } = "";

    /// <summary>Dosage form (<c>sediaan</c>).</summary>
    public string Form { get; set; } = "";

    /// <summary>Strength as written (<c>kekuatan</c>).</summary>
    public string Strength { get; set; } = "";

    /// <summary>Strength unit (<c>satuan</c>).</summary>
    public string Unit { get; set; } = "";

    /// <summary>Covered at primary care (<c>fpktp</c>).</summary>
    public bool Fktp { get; set; }

    /// <summary>On the essential list (<c>oen</c>).</summary>
    public bool Essential { get; set; }

    /// <summary>Supplied by a national programme (<c>program</c>).</summary>
    public bool Program { get; set; }

    /// <summary>Top-level therapeutic class (<c>kelas_terapi</c>).</summary>
    public string TherapeuticClass { get; set; } = "";

    /// <summary>Composition of combination products (<c>komposisi</c>), may be empty.</summary>
    public string Composition { get; set; } = "";
}
