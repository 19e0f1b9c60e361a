namespace Requisition.Host.Web.Localization;

/// <summary>The text of the IFK officer's pages (queue, review, shipping, SBBK, stock). Keys are the Indonesian text.</summary>
public sealed class IfkText;
