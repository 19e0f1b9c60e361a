using Requisition.Workflows.Cycle;

namespace Requisition.Host.Web.Api;

/// <summary>One page of a list: the items, where the page is, and how many there are in all.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>The page and pageSize query parameters (1-based page; 50 items by default, at most 500).</summary>
public static class Paging
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    public static Paged<T> Of<T>(IReadOnlyList<T> all, int? page, int? pageSize)
    {
        var errors = new List<CommandError>();
        if (page is < 1) errors.Add(new("page", "must be 1 or more"));
        if (pageSize is < 1 or > MaxSize) errors.Add(new("pageSize", $"must be 1 to {MaxSize}"));
        if (errors.Count > 0) throw new CommandRejectedException(errors);
        var size = pageSize ?? DefaultSize;
        var number = page ?? 1;
        return new Paged<T>(all.Skip((number - 1) * size).Take(size).ToList(), number, size, all.Count);
    }
}
