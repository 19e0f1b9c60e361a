namespace Requisition.Host.Web.Localization;

/// <summary>The text of the printable forms (LPLPO, SBBK: cetak) and of the download links (unduh .xlsx, CSV). Keys are the Indonesian text.</summary>
public sealed class PrintText;
