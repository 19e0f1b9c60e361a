using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>
/// Reads the national formulary (FORNAS) as the e-Fornas export lays it out: one row per drug, form and
/// strength, flags written "Ya"/"Tidak", combination compositions on several lines inside quotes. Rows
/// are kept as they are, repeats included (the export repeats some): matching treats a repeat as one
/// product. <see cref="FornasEntry.Row"/> is the record's position, 1-based, header excluded.
/// </summary>
public static class FornasCsv
{
    private const string Id = "id_obat";
    private const string Name = "nama_obat";
    private const string InternationalName = "nama_obat_internasional";
    private const string TherapeuticClass = "kelas_terapi";
    private const string Form = "sediaan";
    private const string Strength = "kekuatan";
    private const string Unit = "satuan";
    private const string Fktp = "fpktp";
    private const string Essential = "oen";
    private const string Program = "program";
    private const string Composition = "komposisi";

    internal static readonly CsvSchema Schema = new(DataFileNames.Fornas,
        [Id, Name, Form, Strength, Unit, Fktp, Essential, Program],
        [
            InternationalName, TherapeuticClass, "sub_kelas_terapi", "sub_sub_kelas_terapi", "sub_sub_sub_kelas_terapi",
            "fpktl", "pp", "prb", "kanker", Composition, "restriksi_kelas_terapi", "restriksi_sub_kelas_terapi",
            "restriksi_sub_sub_kelas_terapi", "restriksi_sub_sub_sub_kelas_terapi", "restriksi_obat", "restriksi_sediaan",
            "peresepan_maksimal",
        ]);

    public static IReadOnlyList<FornasEntry> Read(CsvTable table) => DataFileErrorList.ReadOrThrow(table, Read);

    internal static List<FornasEntry> Read(CsvTable table, DataFileErrorList errors)
    {
        var sheet = CsvSheet.Open(table, Schema, errors);
        var entries = new List<FornasEntry>();
        var position = 0;
        foreach (var row in sheet.Rows(errors))
        {
            position++;
            var entry = new FornasEntry(
                row.Required(Id),
                row.Required(Name),
                row.Text(InternationalName),
                row.Text(Form),
                row.Text(Strength),
                row.Text(Unit),
                row.Flag(Fktp),
                row.Flag(Essential),
                row.Flag(Program),
                row.Text(TherapeuticClass),
                row.Text(Composition)) { Row = position };
            if (row.IsValid) entries.Add(entry);
        }
        return entries;
    }
}
