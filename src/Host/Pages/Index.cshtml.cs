using Microsoft.AspNetCore.Mvc.RazorPages;
using Requisition.Host.Web.Accounts;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages;

/// <summary>Home: the signed-in user's open tasks, the most urgent first.</summary>
public sealed class IndexModel(CycleHost cycle) : PageModel
{
    public IReadOnlyList<TaskView> Tasks { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(cycle.UtcOffset);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = cycle.Clock.Now;
        Tasks = (await cycle.Queries.TasksAsync(User.Actor(), cancellationToken))
            .OrderBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt).ToList();
    }
}
