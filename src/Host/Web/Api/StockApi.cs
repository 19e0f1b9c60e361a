using Requisition.Host.Web.Accounts;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Web.Api;

/// <summary>Stock cards: a facility's balances by batch (its own, or one it supplies), and corrections to the caller's own card.</summary>
public static class StockApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/facilities/{facilityId}/stock", async (string facilityId, HttpContext http, CycleHost cycle, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Of(await cycle.Queries.StockAsync(http.User.Actor(), facilityId, ct), page, pageSize))
            .WithName("list-facility-stock").WithSummary("A facility's stock card balances by batch, with expiry and funding source (paged)").Refusals();

        api.MapPost("/stock/adjustments", async (StockAdjustmentInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.Stock.AdjustAsync(http.User.Actor(), input, ct))
            .WithName("adjust-stock").WithSummary("A loss out of a batch or a stock-count adjustment on the caller's own card, with a reason").Refusals(conflicts: true);
    }
}
