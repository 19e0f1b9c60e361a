namespace Requisition.Host.Web.Localization;

/// <summary>The text of the threshold what-if (dampak perubahan ambang batas) on the thresholds page. Keys are the Indonesian text.</summary>
public sealed class WhatIfText;
