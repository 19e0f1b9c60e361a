namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>A signature block (tanda tangan) under a form: who signs, e.g. "Kepala Puskesmas", with the printed name and NIP when known.</summary>
/// <param name="Title">The title; "Mengetahui: Kepala Dinas Kesehatan" prints its "Mengetahui:" on a line of its own above the rest.</param>
/// <param name="Nip">Nomor induk pegawai, the civil-servant number printed under the name.</param>
public sealed record SignatureBlock(string Title, string? Name, string? Nip)
{
    /// <summary>The line above the title ("Mengetahui:"), so the titles of blocks side by side stay level; null when there is none.</summary>
    public string? Prefix => Colon is > 0 and var at && at < Title.Length - 1 ? Title[..(at + 1)].Trim() : null;

    /// <summary>The title without its prefix.</summary>
    public string Heading => Prefix is null ? Title.Trim() : Title[(Colon + 1)..].Trim();

    private int Colon => Title.IndexOf(':');
}
