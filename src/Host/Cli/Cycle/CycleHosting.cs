using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Cli.Cycle;

/// <summary>The planning cycle host of a CLI run: the workflow definitions and default thresholds shipped next to the binary.</summary>
public static class CycleHosting
{
    public static string WorkflowsFolder => Path.Combine(AppContext.BaseDirectory, "workflows");

    public static CycleHost Load(RequisitionDatabase database, IClock? clock = null) =>
        CycleHost.Load(database, WorkflowsFolder, Path.Combine(ReferenceData.Folder, ReferenceData.ThresholdsFile), clock);
}
