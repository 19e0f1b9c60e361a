using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Admin;

/// <summary>A revision as the history shows it: only the values it changed from the one before.</summary>
public sealed record RevisionChanges(ThresholdRevisionView Revision, IReadOnlyList<(string Name, decimal? Before, decimal After)> Changes);

/// <summary>
/// The threshold set in force, edited with a required reason (each save is a new revision, never an edit in place), the
/// what-if of the values typed before they are saved (dampak: flags that would appear and disappear), and the history of
/// who changed what, when and why, newest first.
/// </summary>
public sealed class ThresholdsModel(CycleHost cycle, IStringLocalizer<AdminText> text) : PageModel
{
    /// <summary>The values as typed, by threshold name (a number input sends them with a decimal point).</summary>
    [BindProperty]
    public Dictionary<string, string> Values { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The version of the set the form was filled in on: a save over a newer one is refused, not merged silently.</summary>
    [BindProperty]
    public string? Version { get; set; }

    public ThresholdSet Current { get; private set; } = null!;

    public IReadOnlyList<RevisionChanges> History { get; private set; } = [];

    /// <summary>The most rows each count table of the what-if shows (the largest counts first).</summary>
    public const int CountRows = 20;

    /// <summary>The effect of the values typed, after "Lihat dampak"; null otherwise.</summary>
    public WhatIfResult? Preview { get; private set; }

    /// <summary>The version the form was filled in on, kept through a preview so the save stays guarded against a colleague's change.</summary>
    public string FormVersion => string.IsNullOrEmpty(Version) ? Current.Version : Version;

    public DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(cycle.UtcOffset);

    public string? ErrorAt(string field) => CommandForms.ErrorAt(ModelState, field);

    public IReadOnlyList<string> Errors => CommandForms.Summary(ModelState);

    /// <summary>The value shown in a threshold's input: as typed after a refusal, else the current one.</summary>
    public string Shown(string name) =>
        Values.TryGetValue(name, out var typed) ? typed : Current.Values[name].ToString(CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = User.Actor();
        var changed = await ChangedAsync(cancellationToken);
        if (ModelState.ErrorCount == 0)
        {
            try
            {
                var revision = await cycle.Thresholds.ReviseAsync(actor, new ReviseThresholdsInput(changed, Reason ?? ""), cancellationToken,
                    string.IsNullOrEmpty(Version) ? null : Version);
                TempData["Notice"] = text["Ambang batas disimpan sebagai {0}.", revision.Version].Value;
                return RedirectToPage();
            }
            catch (CommandRejectedException refused)
            {
                CommandForms.AddErrors(ModelState, refused);
            }
            catch (StaleDocumentException)
            {
                ModelState.AddModelError("", text["Ambang batas diubah orang lain sejak halaman dibuka; periksa nilai yang berlaku sekarang lalu simpan lagi."].Value);
                Values.Clear();
                Version = null;
                ModelState.Remove(nameof(Version));
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// "Lihat dampak": the flags the values typed would make appear and disappear, shown above the form with the values
    /// and the reason kept, so "Simpan" saves what was previewed. Nothing is written.
    /// </summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var changed = await ChangedAsync(cancellationToken);
        if (ModelState.ErrorCount == 0)
        {
            try
            {
                Preview = await cycle.Thresholds.WhatIfAsync(User.Actor(), new WhatIfInput(changed), cancellationToken);
            }
            catch (CommandRejectedException refused)
            {
                CommandForms.AddErrors(ModelState, refused);
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The values typed that differ from the set in force; one not a number is an error at its field.</summary>
    private async Task<Dictionary<string, decimal>> ChangedAsync(CancellationToken cancellationToken)
    {
        var current = await cycle.Thresholds.CurrentAsync(User.Actor(), cancellationToken);
        var changed = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (name, typed) in Values)
        {
            if (!current.Values.TryGetValue(name, out var was)) continue;
            if (!decimal.TryParse(typed?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                && !decimal.TryParse(typed?.Trim(), NumberStyles.Number, CultureInfo.CurrentCulture, out value))
            {
                ModelState.AddModelError($"values.{name}", text["bukan angka"].Value);
                ModelState.AddModelError("", $"{name}: {text["bukan angka"].Value}");
                continue;
            }
            if (value != was) changed[name] = value;
        }
        return changed;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var actor = User.Actor();
        Current = await cycle.Thresholds.CurrentAsync(actor, cancellationToken);
        var history = await cycle.Thresholds.HistoryAsync(actor, cancellationToken);
        History = history.Select((revision, i) =>
        {
            var before = i + 1 < history.Count ? history[i + 1].Values : cycle.DefaultThresholds.Values;
            var changes = revision.Values
                .Where(v => !before.TryGetValue(v.Key, out var was) || was != v.Value)
                .OrderBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => (v.Key, before.TryGetValue(v.Key, out var was) ? was : (decimal?)null, v.Value)).ToList();
            return new RevisionChanges(revision, changes);
        }).ToList();
    }
}
