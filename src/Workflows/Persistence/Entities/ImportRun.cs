namespace Requisition.Workflows.Persistence.Entities;

/// <summary>
/// One applied import (riwayat impor): which kind of file, its name and SHA-256, how many rows it had and how many
/// records it added, changed and left as they were, who confirmed it and when. Recorded also when it changed nothing.
/// </summary>
public sealed class ImportRun
{
    public long Id { get; set; }

    /// <summary>The kind of import as the API names it: fornas, doen, catalog, facilities, users, opening-stock, history, lplpo.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The file's name as the user gave it.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public string Sha256 { get; set; } = "";

    public int Rows { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Unchanged { get; set; }

    public string ImportedBy { get; set; } = "";

    public DateTimeOffset ImportedAt { get; set; }
}
