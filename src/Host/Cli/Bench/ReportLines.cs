using System.Globalization;

namespace Requisition.Host.Cli.Bench;

/// <summary>How the benchmark reports write their "name: value" lines, verdicts and numbers (culture-independent).</summary>
internal static class ReportLines
{
    /// <summary>The machine's 1-minute load average where the system tells it (Linux), to judge a run on a shared machine.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] + $" on {Environment.ProcessorCount} cpu" : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    public static string Verdict(bool met) => met ? "PASS" : "MISS";

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    public static void Line(TextWriter writer, string name, object value) =>
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name + ":",-19} {value}"));
}
