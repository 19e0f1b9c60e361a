namespace Requisition.Host.Web.Localization;

/// <summary>The text of the indicator dashboard (dasbor indikator) and its drill-down pages. Keys are the Indonesian text.</summary>
public sealed class IndicatorText;
