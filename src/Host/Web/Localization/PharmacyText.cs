namespace Requisition.Host.Web.Localization;

/// <summary>The text of the puskesmas pages (pharmacist, head of puskesmas) and the requisition timeline. Keys are the Indonesian text.</summary>
public sealed class PharmacyText;
