using Requisition.Rules.Facts;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.DataFiles;

namespace Requisition.Host.Cli;

/// <summary>The reference data shipped with the tool (under <c>data/</c> next to the binary), and overrides from files.</summary>
public static class ReferenceData
{
    public const string FornasFile = "fornas_efornas_scrape_darsi.csv";
    public const string ThresholdsFile = "thresholds.default.json";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The default thresholds, overridden by <paramref name="overrideFile"/> when given (it may name only some values).</summary>
    public static ThresholdSet Thresholds(string? overrideFile)
    {
        var defaults = ThresholdSet.Parse(File.ReadAllText(Path.Combine(Folder, ThresholdsFile)));
        if (overrideFile is null) return defaults;
        string json;
        try
        {
            json = File.ReadAllText(overrideFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DataFileException(new DataFileError(Path.GetFileName(overrideFile), 0, null, $"cannot be read: {e.Message}"));
        }
        try
        {
            return ThresholdSet.Parse(json, defaults);
        }
        catch (ThresholdException e)
        {
            throw new DataFileException(new DataFileError(Path.GetFileName(overrideFile), 0, null, e.Message));
        }
    }

    /// <summary>The folder's own fornas.csv when it has one, else the shipped list.</summary>
    public static IReadOnlyList<FornasEntry> FornasFor(CheckData data) => data.Fornas.Count > 0 ? data.Fornas : Fornas();

    /// <summary>The FORNAS list: <paramref name="file"/> when given, else the shipped e-Fornas list.</summary>
    public static IReadOnlyList<FornasEntry> Fornas(string? file = null) =>
        FornasCsv.Read(CsvTable.Load(file ?? Path.Combine(Folder, FornasFile)));
}
