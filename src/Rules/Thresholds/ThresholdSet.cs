using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Requisition.Rules.Thresholds;

/// <summary>
/// The limits every rule decides by, with the version that identifies this set. Inserted into a rule
/// session as a fact; a flag records the values it used and this version. Values are data (a JSON file
/// an administrator edits), never constants in rule code.
/// </summary>
public sealed class ThresholdSet
{
    private readonly FrozenDictionary<string, decimal> _values;

    private ThresholdSet(string version, FrozenDictionary<string, decimal> values)
    {
        Version = version;
        _values = values;
        OutBelowMonths = Get(ThresholdNames.OutBelowMonths);
        SafeFromMonths = Get(ThresholdNames.SafeFromMonths);
        ExcessMonths = Get(ThresholdNames.ExcessMonths);
        NearExpiryErrorMonths = (int)Get(ThresholdNames.NearExpiryErrorMonths);
        NearExpiryWarningMonths = (int)Get(ThresholdNames.NearExpiryWarningMonths);
        NearExpiryInfoMonths = (int)Get(ThresholdNames.NearExpiryInfoMonths);
        DeadStockMonths = (int)Get(ThresholdNames.DeadStockMonths);
        PlanAccuracyMinPct = Get(ThresholdNames.PlanAccuracyMinPct);
        PlanAccuracyMaxPct = Get(ThresholdNames.PlanAccuracyMaxPct);
        PlanDeviationTolerablePct = Get(ThresholdNames.PlanDeviationTolerablePct);
        PlanDeviationPoorPct = Get(ThresholdNames.PlanDeviationPoorPct);
        RequestDeviationPct = Get(ThresholdNames.RequestDeviationPct);
        ApprovalDeviationPct = Get(ThresholdNames.ApprovalDeviationPct);
        LplpoDueDay = (int)Get(ThresholdNames.LplpoDueDay);
        PeriodMonths = Get(ThresholdNames.PeriodMonths);
        LeadTimeMonths = Get(ThresholdNames.LeadTimeMonths);
        SafetyMonths = Get(ThresholdNames.SafetyMonths);
        RkoSafetyPct = Get(ThresholdNames.RkoSafetyPct);
        RkoLeadTimeWeeks = Get(ThresholdNames.RkoLeadTimeWeeks);
        ItorMinTimesPerYear = Get(ThresholdNames.ItorMinTimesPerYear);
    }

    /// <summary>Identifies this set in every flag it decided (e.g. "default-2026.1", or a stored revision).</summary>
    public string Version { get; }

    public IReadOnlyDictionary<string, decimal> Values => _values;

    /// <summary>Below this many months of stock an item counts as out (kosong); SHORT_STOCK fires under it.</summary>
    public decimal OutBelowMonths { get; }
    /// <summary>From this many months of stock an item counts as safe (aman).</summary>
    public decimal SafeFromMonths { get; }
    /// <summary>Above this many months of stock an item is in excess (berlebih).</summary>
    public decimal ExcessMonths { get; }
    public int NearExpiryErrorMonths { get; }
    public int NearExpiryWarningMonths { get; }
    public int NearExpiryInfoMonths { get; }
    /// <summary>Consecutive months without use that make stock dead (tidak diresepkan).</summary>
    public int DeadStockMonths { get; }
    public decimal PlanAccuracyMinPct { get; }
    public decimal PlanAccuracyMaxPct { get; }
    public decimal PlanDeviationTolerablePct { get; }
    public decimal PlanDeviationPoorPct { get; }
    public decimal RequestDeviationPct { get; }
    public decimal ApprovalDeviationPct { get; }
    /// <summary>Day of the month after the period by which the LPLPO must reach the IFK.</summary>
    public int LplpoDueDay { get; }
    public decimal PeriodMonths { get; }
    public decimal LeadTimeMonths { get; }
    public decimal SafetyMonths { get; }
    public decimal RkoSafetyPct { get; }
    public decimal RkoLeadTimeWeeks { get; }
    /// <summary>Inventory turnover a year that meets the ITOR standard.</summary>
    public decimal ItorMinTimesPerYear { get; }

    public decimal Get(string name) =>
        _values.TryGetValue(name, out var value)
            ? value
            : throw new KeyNotFoundException($"Threshold '{name}' is not in set '{Version}'.");

    /// <summary>
    /// Reads a threshold file. With <paramref name="defaults"/>, the file may name only the values it
    /// changes; without, it must name all. Unknown names, non-numbers and impossible values are refused
    /// with a message naming the value.
    /// </summary>
    public static ThresholdSet Parse(string json, ThresholdSet? defaults = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ThresholdException($"not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new ThresholdException("expected a JSON object with 'version' and 'values'");
            var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()!
                : throw new ThresholdException("'version' is missing or not a string");
            if (string.IsNullOrWhiteSpace(version)) throw new ThresholdException("'version' is empty");
            if (!root.TryGetProperty("values", out var valuesElement) || valuesElement.ValueKind != JsonValueKind.Object)
                throw new ThresholdException("'values' is missing or not an object");

            var values = defaults is null
                ? new Dictionary<string, decimal>(StringComparer.Ordinal)
                : new Dictionary<string, decimal>(defaults._values, StringComparer.Ordinal);
            foreach (var property in valuesElement.EnumerateObject())
            {
                if (!ThresholdNames.All.Contains(property.Name))
                    throw new ThresholdException($"values.{property.Name}: unknown threshold");
                if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDecimal(out var number))
                    throw new ThresholdException($"values.{property.Name}: '{property.Value}' is not a number");
                values[property.Name] = number;
            }
            return Create(version, values);
        }
    }

    /// <summary>Builds a set from name/value pairs, checking that all are present and consistent.</summary>
    public static ThresholdSet Create(string version, IReadOnlyDictionary<string, decimal> values)
    {
        var missing = ThresholdNames.Ordered.Where(n => !values.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            throw new ThresholdException($"values: missing {string.Join(", ", missing)}");
        foreach (var (name, value) in values)
        {
            if (!ThresholdNames.All.Contains(name)) throw new ThresholdException($"values.{name}: unknown threshold");
            if (value < 0) throw new ThresholdException($"values.{name}: {value.ToString(CultureInfo.InvariantCulture)} is negative");
        }
        Require(values, ThresholdNames.OutBelowMonths, ThresholdNames.SafeFromMonths);
        Require(values, ThresholdNames.SafeFromMonths, ThresholdNames.ExcessMonths);
        Require(values, ThresholdNames.NearExpiryErrorMonths, ThresholdNames.NearExpiryWarningMonths);
        Require(values, ThresholdNames.NearExpiryWarningMonths, ThresholdNames.NearExpiryInfoMonths);
        Require(values, ThresholdNames.PlanAccuracyMinPct, ThresholdNames.PlanAccuracyMaxPct);
        Require(values, ThresholdNames.PlanDeviationTolerablePct, ThresholdNames.PlanDeviationPoorPct);
        foreach (var name in WholeNumbers)
        {
            var value = values[name];
            if (value != decimal.Truncate(value))
                throw new ThresholdException($"values.{name}: {value.ToString(CultureInfo.InvariantCulture)} is not a whole number of months");
        }
        var dueDay = values[ThresholdNames.LplpoDueDay];
        if (dueDay < 1 || dueDay > 28 || dueDay != decimal.Truncate(dueDay))
            throw new ThresholdException($"values.{ThresholdNames.LplpoDueDay}: {dueDay} is not a day from 1 to 28");
        if (values[ThresholdNames.DeadStockMonths] < 1)
            throw new ThresholdException($"values.{ThresholdNames.DeadStockMonths}: must be at least 1");
        return new ThresholdSet(version, values.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The same values under another version, with some changed (used by what-if and by administrators' edits).</summary>
    public ThresholdSet With(string version, IReadOnlyDictionary<string, decimal> changes)
    {
        var values = new Dictionary<string, decimal>(_values, StringComparer.Ordinal);
        foreach (var (name, value) in changes) values[name] = value;
        return Create(version, values);
    }

    public string ToJson()
    {
        var payload = new Dictionary<string, object>
        {
            ["version"] = Version,
            ["values"] = ThresholdNames.Ordered.ToDictionary(n => n, n => _values[n]),
        };
        return JsonSerializer.Serialize(payload, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Limits the rules count in whole months.</summary>
    private static readonly string[] WholeNumbers =
    [
        ThresholdNames.NearExpiryErrorMonths, ThresholdNames.NearExpiryWarningMonths,
        ThresholdNames.NearExpiryInfoMonths, ThresholdNames.DeadStockMonths,
    ];

    private static void Require(IReadOnlyDictionary<string, decimal> values, string lower, string upper)
    {
        if (values[lower] > values[upper])
            throw new ThresholdException($"values.{lower} ({values[lower]}) must not exceed values.{upper} ({values[upper]})");
    }
}
