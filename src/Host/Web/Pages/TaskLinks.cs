using Requisition.Workflows.Cycle;

namespace Requisition.Host.Web.Pages;

/// <summary>Where a task is done in the web app, and what it is called there (a key of <see cref="Localization.SharedText"/>).</summary>
public static class TaskLinks
{
    /// <summary>
    /// The page of the task for the role that holds it. Tasks that have no page of their own yet (a sub-unit's request, a
    /// puskesmas reviewing its sub-units' requests: done through the REST API) link to the requisition's timeline.
    /// </summary>
    public static (string Path, string Text) For(TaskView task) => (task.Name, task.Role) switch
    {
        (LplpoCommands.SubmitTask, CycleRoles.Pharmacist) => ($"/Pharmacy/Lplpo/Edit/{task.LplpoId}", "Isi dan kirim LPLPO"),
        (LplpoCommands.ReceiveTask, CycleRoles.Pharmacist) => ($"/Pharmacy/Receipt/{task.LplpoId}", "Terima barang"),
        (LplpoCommands.ReviewTask, CycleRoles.IfkOfficer) => ($"/Ifk/Review/{task.LplpoId}", "Periksa LPLPO"),
        (LplpoCommands.ShipTask, CycleRoles.IfkOfficer) => ($"/Ifk/Ship/{task.LplpoId}", "Siapkan dan kirim barang (SBBK)"),
        (FormularyCommands.SubmitTask, CycleRoles.Pharmacist) => ($"/Pharmacy/Formulary/{task.DocumentId}", "Susun formularium"),
        (FormularyCommands.EstablishTask, CycleRoles.Head) => ($"/Head/Formulary/{task.DocumentId}", "Tetapkan formularium"),
        (RkoCommands.SubmitTask, CycleRoles.Pharmacist) => ($"/Pharmacy/Rko/{task.DocumentId}", "Susun RKO"),
        (RkoCommands.EstablishTask, CycleRoles.Head) => ($"/Head/Rko/{task.DocumentId}", "Tetapkan RKO"),
        _ when task.LplpoId is { } lplpo => ($"/Requisitions/Timeline/{lplpo}", Text(task.Name)),
        _ => ("/", Text(task.Name)),
    };

    private static string Text(string task) => task switch
    {
        LplpoCommands.SubmitTask => "Isi dan kirim LPLPO",
        LplpoCommands.ReceiveTask => "Terima barang",
        LplpoCommands.ReviewTask => "Periksa LPLPO",
        LplpoCommands.ShipTask => "Siapkan dan kirim barang (SBBK)",
        _ => task,
    };
}
