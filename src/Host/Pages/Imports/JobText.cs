using Requisition.Host.Web.Imports;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Pages.Imports;

/// <summary>The Indonesian words (keys of ImportText) for an import job's status, stage and changes.</summary>
public static class JobText
{
    public static string Status(ImportJobView job) => job.Status switch
    {
        ImportJobStatus.Previewing => "Sedang diperiksa",
        ImportJobStatus.Applying => "Sedang disimpan",
        ImportJobStatus.Applied => "Tersimpan",
        ImportJobStatus.Failed => "Ditolak",
        _ when job.Preview is { Valid: false } => "Ada kesalahan",
        _ when job.Preview is { ChangesNothing: true } => "Tidak ada perubahan",
        _ => "Menunggu konfirmasi",
    };

    public static string Stage(string stage) => stage switch
    {
        ImportProgress.Reading => "Membaca berkas",
        ImportProgress.Checking => "Memeriksa baris",
        ImportProgress.Writing => "Menyimpan ke basis data",
        _ => "Memproses",
    };

    public static string Action(string action) => action switch
    {
        ImportChange.Add => "Tambah",
        ImportChange.Change => "Ubah",
        _ => "Tetap",
    };

    /// <summary>Where the person goes back to upload another file.</summary>
    public static string UploadPage(ImportKind kind) => kind == ImportKind.Lplpo ? "/Pharmacy/Lplpo/Import" : "/Admin/Imports";
}
