namespace Requisition.Host.Web.Api;

/// <summary>(to be filled in)</summary>
public static class PlanningApi
{
    public static void Map(RouteGroupBuilder api)
    {
    }
}
