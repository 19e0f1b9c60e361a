namespace Requisition.Host.Web.Localization;

/// <summary>The text of the import pages (impor data: upload, progress, preview, result). Keys are the Indonesian text.</summary>
public sealed class ImportText;
