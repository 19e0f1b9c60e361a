namespace Requisition.Host.Web.Api;

/// <summary>(to be filled in)</summary>
public static class StockApi
{
    public static void Map(RouteGroupBuilder api)
    {
    }
}
