namespace Requisition.Host.Web.Api;

/// <summary>(to be filled in)</summary>
public static class AdminApi
{
    public static void Map(RouteGroupBuilder api)
    {
    }
}
