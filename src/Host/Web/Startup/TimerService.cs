using Microsoft.Extensions.Options;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Web.Startup;

/// <summary>Fires the due reminders and lateness timers of the cycle's workflows (each host claims the ones it fires).</summary>
public sealed class TimerService(DatabaseStartup database, IOptions<WebSettings> settings, ILogger<TimerService> log) : BackgroundService
{
    private readonly string _hostId = $"{Environment.MachineName}/{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, settings.Value.TimerSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                CycleHost host = database.Host;
                var fired = await host.Timers.TickAsync(_hostId, cancellationToken: stoppingToken);
                if (fired > 0) log.LogInformation("Fired {Count} workflow timer(s)", fired);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Workflow timers failed; trying again at the next tick");
            }
        }
    }
}
