namespace Requisition.Host.Web.Indicators;

/// <summary>A puskesmas the dashboard's scope list offers (besides the whole district, kabupaten).</summary>
public sealed record ScopeChoice(string Id, string Name);
