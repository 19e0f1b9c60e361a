namespace Requisition.Host.Web.Localization;

/// <summary>The text of the administrator's pages (thresholds, reference lists, facilities and users, API tokens). Keys are the Indonesian text.</summary>
public sealed class AdminText;
