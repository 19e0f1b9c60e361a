using System.Globalization;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Engine.Runtime;
using Requisition.Rules.Facts;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Flags;

/// <summary>Builds a flag inside a rule's action; <see cref="Raise"/> inserts it linked to the match.</summary>
public sealed class FlagDraft
{
    private readonly RuleContext _context;
    private readonly ThresholdSet _thresholds;
    private readonly List<EvidenceItem> _evidence = [];
    private readonly List<EvidenceItem> _used = [];
    private FacilityId _facility;
    private DrugCode? _drugCode;
    private Period? _period;
    private string? _subject;
    private Severity? _severity;

    internal FlagDraft(RuleContext context, ThresholdSet thresholds)
    {
        _context = context;
        _thresholds = thresholds;
    }

    public FlagDraft For(FacilityId facility, DrugCode? drugCode = null)
    {
        _facility = facility;
        _drugCode = drugCode;
        return this;
    }

    public FlagDraft For(ItemKey key) => For(key.Facility, key.DrugCode);

    public FlagDraft In(Period period)
    {
        _period = period;
        return this;
    }

    public FlagDraft About(string subject)
    {
        _subject = subject;
        return this;
    }

    /// <summary>Overrides the rule's usual severity (tiered rules such as NEAR_EXPIRY).</summary>
    public FlagDraft WithSeverity(Severity severity)
    {
        _severity = severity;
        return this;
    }

    public FlagDraft Evidence(string name, object? value)
    {
        _evidence.Add(new EvidenceItem(name, Normalise(value)));
        return this;
    }

    /// <summary>Records a threshold the decision used, with its value from the session's set.</summary>
    public FlagDraft Threshold(string name)
    {
        _used.Add(new EvidenceItem(name, _thresholds.Get(name)));
        return this;
    }

    public void Raise(string message)
    {
        var rule = _context.Rule;
        var flag = new Flag(
            rule.Id,
            _severity ?? rule.Severity,
            _context.Step ?? rule.Steps.FirstOrDefault() ?? "",
            _facility,
            _drugCode,
            _period,
            _subject,
            message,
            _evidence,
            _used,
            _thresholds.Version);
        _context.InsertLinked(flag);
    }

    private static object? Normalise(object? value) => value switch
    {
        Period p => p.ToString(),
        DrugCode d => d.Value,
        FacilityId f => f.Value,
        decimal d => Math.Round(d, 2),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };
}
