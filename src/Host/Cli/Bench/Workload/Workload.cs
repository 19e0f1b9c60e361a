using System.Globalization;

namespace Requisition.Host.Cli.Bench.Workload;

/// <summary>
/// The facts of the rules-engine benchmark: a formulary (formularium), LPLPO lines and batches
/// for a number of facilities (puskesmas), generated exactly as the benchmark specification (WORKLOAD.md) says
/// so that the flag counts can be compared with other engines run on the same facts.
/// </summary>
public sealed class Workload
{
    /// <summary>Number of drugs the generator knows (<c>D0000</c> to <c>D0999</c>).</summary>
    public const int NumDrugs = 1000;

    /// <summary>Lines (and batches) per facility, each for a distinct drug.</summary>
    public const int LinesPerFacility = 300;

    /// <summary>Seed of the one <see cref="Random"/> all draws come from.</summary>
    public const int Seed = 42;

    /// <summary>The evaluation date of the generated workload.</summary>
    public static readonly DateOnly GeneratedToday = new(2025, 1, 15);

    public Workload(
        IReadOnlyList<FormularyEntry> formulary,
        IReadOnlyList<RequisitionLine> lines,
        IReadOnlyList<Batch> batches,
        DateOnly today,
        WorkloadThresholds thresholds,
        int facilities)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(facilities);
        Formulary = formulary;
        Lines = lines;
        Batches = batches;
        Today = today;
        Thresholds = thresholds;
        Facilities = facilities;
    }

    /// <summary>The formulary (formularium): at most one entry per drug code.</summary>
    public IReadOnlyList<FormularyEntry> Formulary { get; }

    /// <summary>The LPLPO lines of all facilities.</summary>
    public IReadOnlyList<RequisitionLine> Lines { get; }

    /// <summary>The batches in stock at all facilities.</summary>
    public IReadOnlyList<Batch> Batches { get; }

    /// <summary>Evaluation date (tanggal evaluasi).</summary>
    public DateOnly Today { get; }

    public WorkloadThresholds Thresholds { get; }

    /// <summary>Number of facilities (puskesmas) in the workload.</summary>
    public int Facilities { get; }

    /// <summary>
    /// Generates the workload for <paramref name="facilities"/> facilities. Facility f's data does not
    /// depend on the count: a smaller workload is a prefix of a larger one.
    /// </summary>
    public static Workload Generate(int facilities)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(facilities);

        // The seeded constructor keeps the legacy sequence, stable across .NET versions;
        // the call order below is the specification, do not reorder a single draw.
        var random = new Random(Seed);
        var codes = DrugCodes();
        var formulary = GenerateFormulary(random, codes);

        var total = checked(facilities * LinesPerFacility);
        var lines = new RequisitionLine[total];
        var batches = new Batch[total];
        var perm = new int[NumDrugs];
        var today = GeneratedToday;
        var n = 0;
        for (var f = 0; f < facilities; f++)
        {
            var facility = "F" + f.ToString("D4", CultureInfo.InvariantCulture);
            var anomalyPerMille = random.Next(0, 21);
            for (var i = 0; i < NumDrugs; i++)
            {
                perm[i] = i;
            }

            for (var j = 0; j < LinesPerFacility; j++)
            {
                var k = random.Next(j, NumDrugs);
                (perm[j], perm[k]) = (perm[k], perm[j]);
                var drug = codes[perm[j]];

                var amu = random.Next(10, 501);
                var excess = random.Next(0, 1000) < anomalyPerMille;
                var soh = excess ? random.Next(18 * amu + 1, 36 * amu + 1) : random.Next(0, 12 * amu + 1);
                var planned = random.Next(amu, 3 * amu + 1);
                var deviates = random.Next(0, 1000) < anomalyPerMille;
                var sign = random.Next(0, 2);
                var magnitude = deviates ? random.Next(planned / 4 + 1, planned + 1) : random.Next(0, planned / 10 + 1);
                var requested = sign == 0 ? planned + magnitude : planned - magnitude;
                var nearExpiry = random.Next(0, 1000) < anomalyPerMille;
                var days = nearExpiry ? random.Next(0, 181) : random.Next(200, 1096);

                lines[n] = new RequisitionLine(facility, drug, soh, amu, requested, planned);
                batches[n] = new Batch(facility, drug, soh, today.AddDays(days));
                n++;
            }
        }

        return new Workload(formulary, lines, batches, today, new WorkloadThresholds(), facilities);
    }

    private static string[] DrugCodes()
    {
        // One string instance per code, shared by every line and batch of that drug.
        var codes = new string[NumDrugs];
        for (var d = 0; d < NumDrugs; d++)
        {
            codes[d] = "D" + d.ToString("D4", CultureInfo.InvariantCulture);
        }

        return codes;
    }

    private static List<FormularyEntry> GenerateFormulary(Random random, string[] codes)
    {
        var formulary = new List<FormularyEntry>(NumDrugs);
        for (var d = 0; d < NumDrugs; d++)
        {
            // Three draws per drug, always, even when the drug gets no entry.
            var u0 = random.Next(0, 1000);
            var u1 = random.Next(0, 1000);
            var u2 = random.Next(0, 1000);
            if (u0 < 5)
            {
                continue;
            }

            formulary.Add(new FormularyEntry(codes[d], onFornas: u1 >= 10, onDoen: u2 >= 10));
        }

        return formulary;
    }
}
