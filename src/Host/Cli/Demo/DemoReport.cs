using System.Globalization;
using Requisition.Host.Cli.Output;
using Requisition.Rules.RuleSets;

namespace Requisition.Host.Cli.Demo;

/// <summary>The demo's summary as a person reads it: the district, the month's counts, flags by rule, stock moved, who to sign in as.</summary>
public static class DemoReport
{
    public static void Write(TextWriter writer, DemoOutcome outcome, string dbOption)
    {
        var d = outcome.District;
        var m = outcome.Month;
        var subUnits = d.Puskesmas.Sum(p => p.SubUnits.Count);
        writer.WriteLine($"Demo district seeded and the {m.Period} cycle played through the application commands.");
        writer.WriteLine();
        Pairs(writer,
            ("database", outcome.Database),
            ("district", $"{d.IfkId}: {d.Puskesmas.Count} puskesmas, {subUnits} sub-units"),
            ("catalog", $"{d.Items} items from {DemoCatalog.ItemsFile}: {outcome.Catalog.Matched} matched to FORNAS, " +
                        $"{outcome.Catalog.NotMatched.Count} not found on it"),
            ("history", $"{d.HistoryLplpos} closed LPLPOs ({d.HistoryLplpos / Math.Max(1, d.Puskesmas.Count)} months per puskesmas), " +
                        $"{d.Movements} stock card movements"));
        writer.WriteLine();
        writer.WriteLine($"Cycle {m.Period}");
        Pairs(writer,
            ("LPLPOs started", Number(m.LplposStarted)),
            ("LPLPOs submitted", Number(m.LplposSubmitted)),
            ("returned for revision", Number(m.LplposReturned)),
            ("approved in one batch", Number(m.LplposApprovedInBatch)),
            ("LPLPOs closed", Number(m.LplposClosed)),
            ("lines adjusted by the IFK", Number(m.LinesAdjusted)),
            ("sub-unit requests", Number(m.SubUnitRequests)),
            ("emergency requests", Number(m.EmergencyRequests)),
            ("units issued by the IFK", Number(m.UnitsIssuedByIfk)),
            ("units accepted", Number(m.UnitsAccepted)),
            ("units rejected", Number(m.UnitsRejected)),
            ("submit time", SubmitTimes(m.SubmitMilliseconds)));
        writer.WriteLine();
        writer.WriteLine("Flags by rule (on the month's puskesmas LPLPOs, as the IFK sees them)");
        var names = RuleCatalog.FlagRules.ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
        var flags = new TextTable("RULE", "NAME", "ERROR", "WARNING", "INFO", "ACKNOWLEDGED", "TOTAL");
        foreach (var f in outcome.Flags)
            flags.Add(f.Rule, names.GetValueOrDefault(f.Rule, ""), f.Errors, f.Warnings, f.Infos, f.Acknowledged, f.Total);
        flags.WriteTo(writer);
        writer.WriteLine($"{outcome.Flags.Sum(f => f.Total)} flags on {m.LplposStarted} LPLPOs");
        writer.WriteLine();
        writer.WriteLine("Sign in as");
        var users = new TextTable("FACILITY", "ROLE", "USER");
        users.Add(d.IfkId, "ifk-officer", d.IfkOfficer);
        users.Add("(district)", "administrator", d.Administrator);
        foreach (var p in d.Puskesmas)
        {
            users.Add(p.Id, "pharmacist", p.Pharmacist);
            users.Add(p.Id, "head", p.Head);
            foreach (var (subId, user) in p.SubUnits) users.Add(subId, "sub-unit", user);
        }
        users.WriteTo(writer);
        writer.WriteLine();
        writer.WriteLine($"Try: requisition cycle list {dbOption} --as {d.IfkOfficer}");
        writer.WriteLine($"     requisition cycle start-month {dbOption} --as {d.IfkOfficer} --period {NextPeriod(m.Period)}");
        writer.WriteLine($"Took {Seconds(outcome.Seeding)} s to seed and {Seconds(outcome.Cycle)} s to play the month.");
    }

    private static void Pairs(TextWriter writer, params (string Label, string Value)[] pairs)
    {
        var width = pairs.Max(p => p.Label.Length);
        foreach (var (label, value) in pairs) writer.WriteLine($"  {label.PadRight(width)}  {value}");
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string SubmitTimes(IReadOnlyList<double> milliseconds)
    {
        if (milliseconds.Count == 0) return "-";
        var sorted = milliseconds.Order().ToList();
        var median = sorted[sorted.Count / 2];
        return $"median {median.ToString("0", CultureInfo.InvariantCulture)} ms, slowest {sorted[^1].ToString("0", CultureInfo.InvariantCulture)} ms ({sorted.Count} submissions)";
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

    private static string NextPeriod(string period) => Rules.Facts.Period.Parse(period).AddMonths(1).ToString();
}
