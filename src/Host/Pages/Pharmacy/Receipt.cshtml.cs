using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Rules.RuleSets.Distribution;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Pages.Pharmacy;

/// <summary>One SBBK line as received, as the form posts it.</summary>
public sealed class ReceiptLineForm
{
    public long IssueLineId { get; set; }

    public string? Accepted { get; set; }

    public string? Rejected { get; set; }

    public string? Reason { get; set; }
}

/// <summary>
/// Receipt of a delivery: each SBBK line accepted in full unless the pharmacist records what was rejected and why. A
/// rejection's reason is also the acknowledgement of the RECEIPT_MISMATCH warning it raises on that item: the
/// pharmacist has just said why the quantities differ, and asking twice would only get the same words again.
/// </summary>
public sealed class ReceiptModel(CycleHost cycle, IStringLocalizer<PharmacyText> text) : PageModel
{
    public LplpoView Lplpo { get; private set; } = null!;

    public IReadOnlyList<FlagView> Flags { get; private set; } = [];

    [BindProperty]
    public List<ReceiptLineForm> Lines { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    public IReadOnlyDictionary<string, string> AckValues { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } answer) return answer;
        Lines = Lplpo.Shipped.Select(l => new ReceiptLineForm
        {
            IssueLineId = l.Id, Accepted = l.Quantity.ToString(CultureInfo.InvariantCulture), Rejected = "0",
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } answer) return answer;
        AckValues = CommandForms.AckValues(Request.Form);
        var shipped = Lplpo.Shipped.ToDictionary(l => l.Id);
        var lines = new List<ReceiptLineInput>();
        var acks = CommandForms.Acknowledgements(Request.Form).ToList();
        for (var i = 0; i < Lines.Count; i++)
        {
            var posted = Lines[i];
            var accepted = Number(i, "accepted", posted.Accepted);
            var rejected = Number(i, "rejected", posted.Rejected) ?? 0;
            var reason = string.IsNullOrWhiteSpace(posted.Reason) ? null : posted.Reason.Trim();
            var quantity = shipped.TryGetValue(posted.IssueLineId, out var line) ? line.Quantity : 0;
            lines.Add(new ReceiptLineInput(posted.IssueLineId, accepted ?? Math.Max(0, quantity - rejected), rejected, reason));
            if (rejected > 0 && reason is not null && line is not null && !acks.Any(a => a.Rule == ReceiptMismatch.Id && a.DrugCode == line.DrugCode))
                acks.Add(new Acknowledgement(ReceiptMismatch.Id, line.DrugCode, null, reason));
        }
        if (ModelState.ErrorCount > 0) return Page();
        try
        {
            await cycle.Lplpo.ReceiveAsync(User.Actor(), id, new ReceiveInput(lines, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), acks),
                cancellationToken: cancellationToken);
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused);
            Flags = refused.Flags;
            return Page();
        }
        catch (Exception conflict) when (conflict is StaleDocumentException or WorkflowConflictException)
        {
            ModelState.AddModelError("", text["Data berubah, muat ulang halaman"]);
            return Page();
        }
        TempData["Notice"] = text["Penerimaan {0} tercatat.", Lplpo.IssueNote ?? ""].Value;
        return Redirect($"/Requisitions/Timeline/{id}");
    }

    public string? ErrorAt(int row, string field) => CommandForms.ErrorAt(ModelState, $"lines[{row}].{field}") ?? (field == "accepted" ? CommandForms.ErrorAt(ModelState, $"lines[{row}]") : null);

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Lplpo = await cycle.Queries.LplpoAsync(User.Actor(), id, cancellationToken);
        if (Lplpo.FacilityId != User.FacilityId()) return NotFound();
        var waiting = (await cycle.Queries.TasksAsync(User.Actor(), cancellationToken)).Any(t => t.Name == LplpoCommands.ReceiveTask && t.LplpoId == id);
        return waiting ? null : Redirect($"/Requisitions/Timeline/{id}");
    }

    private long? Number(int row, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var digits = value.Trim().Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return number;
        var message = text["harus bilangan bulat"].Value;
        ModelState.AddModelError($"lines[{row}].{field}", message);
        ModelState.AddModelError("", $"lines[{row}].{field}: {message}");
        return null;
    }
}
