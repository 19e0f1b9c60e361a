namespace Requisition.Workflows.Persistence.Entities;

/// <summary>One row of a DOEN edition (Daftar Obat Esensial Nasional).</summary>
public sealed class DoenItem
{
    public long Id { get; set; }

    public long ListId { get; set; }

    /// <summary>Row number in the source list (1-based, header excluded); unique within the list.</summary>
    public int Row { get; set; }

    public string Name { get; set; } = "";

    public string Form { get; set; } = "";

    public string Strength { get; set; } = "";

    public string Unit { get; set; } = "";
}
