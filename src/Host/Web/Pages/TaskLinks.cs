using Requisition.Workflows.Cycle;

namespace Requisition.Host.Web.Pages;

/// <summary>Where a task is done in the web app, and what it is called there (a key of <see cref="Localization.SharedText"/>).</summary>
public static class TaskLinks
{
    public static (string Path, string Text) For(TaskView task) => task.Name switch
    {
        LplpoCommands.SubmitTask => ($"/Pharmacy/Lplpo/Edit/{task.LplpoId}", "Isi dan kirim LPLPO"),
        LplpoCommands.ReviewTask => ($"/Ifk/Review/{task.LplpoId}", "Periksa LPLPO"),
        LplpoCommands.ShipTask => ($"/Ifk/Ship/{task.LplpoId}", "Siapkan dan kirim barang (SBBK)"),
        LplpoCommands.ReceiveTask => ($"/Pharmacy/Receipt/{task.LplpoId}", "Terima barang"),
        FormularyCommands.SubmitTask => ($"/Pharmacy/Formulary/{task.DocumentId}", "Susun formularium"),
        FormularyCommands.EstablishTask => ($"/Head/Formulary/{task.DocumentId}", "Tetapkan formularium"),
        RkoCommands.SubmitTask => ($"/Pharmacy/Rko/{task.DocumentId}", "Susun RKO"),
        RkoCommands.EstablishTask => ($"/Head/Rko/{task.DocumentId}", "Tetapkan RKO"),
        _ when task.LplpoId is { } lplpo => ($"/Requisitions/Timeline/{lplpo}", task.Name),
        _ => ("/", task.Name),
    };
}
