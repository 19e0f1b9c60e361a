using Requisition.Rules.Facts;

namespace Requisition.Workflows.Cycle;

/// <summary>The threshold values an administrator is thinking of changing (simulasi ambang batas): unnamed ones keep their value.</summary>
public sealed record WhatIfInput(IReadOnlyDictionary<string, decimal> Values);

/// <summary>
/// A flag that the proposed thresholds would raise and the ones in force do not ("appears"), or the other way round
/// ("disappears"), on an open LPLPO ("open") or on one of the last 12 months ("past"). <see cref="LplpoId"/> names the
/// LPLPO that raises it (the newest one when several do, e.g. a flag about an item and no period).
/// </summary>
public sealed record WhatIfFlag(string Change, string Scope, string Rule,
    string Severity, string FacilityId, string? DrugCode, string? Period, string? Subject, long? LplpoId, string Message)
{
    public const string Appears = "appears";
    public const string Disappears = "disappears";
    public const string Open = "open";
    public const string Past = "past";

    /// <summary>The step whose rules raise it (lplpo or ifk-review).</summary>
    public string Step { get; init; } = "";
}

/// <summary>How many flags appear and disappear for one rule, facility, item or scope.</summary>
public sealed record WhatIfCount(string Key, int Appear, int Disappear);

/// <summary>
/// The effect a threshold change would have (dampak perubahan ambang batas), before it is saved: the flags that would
/// appear and disappear on the open LPLPOs and on those of the last 12 months, counted by rule, facility and item.
/// </summary>
/// <param name="CurrentVersion">The version of the set in force that the change is compared with.</param>
/// <param name="Changed">The values that differ from the set in force, with their proposed value.</param>
/// <param name="PastFrom">The first of the last 12 months (the months before the current one); <paramref name="PastTo"/> the last.</param>
/// <param name="Flags">The first 500 flags, open LPLPOs first, appearing before disappearing.</param>
/// <param name="TotalFlags">Every flag that appears or disappears.</param>
public sealed record WhatIfResult(string CurrentVersion, IReadOnlyDictionary<string, decimal> Changed,
    int OpenLplpos, int PastLplpos, Period? PastFrom, Period? PastTo,
    IReadOnlyList<WhatIfCount> ByRule, IReadOnlyList<WhatIfCount> ByFacility, IReadOnlyList<WhatIfCount> ByItem,
    IReadOnlyList<WhatIfFlag> Flags, int TotalFlags)
{
    /// <summary>The most flags listed; the counts cover them all.</summary>
    public const int MaxFlags = 500;

    /// <summary>Totals by scope: "open" (the open LPLPOs) and "past" (the last 12 months), both always present.</summary>
    public IReadOnlyList<WhatIfCount> ByScope { get; init; } = [];

    /// <summary>How the LPLPOs were evaluated: which day counts as today, which facts stand in for the past.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
