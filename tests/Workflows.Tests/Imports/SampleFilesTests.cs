using System.Runtime.CompilerServices;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Imports.Support;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>The example files of samples/imports are valid imports into a district named like the demo (IFK-GARUT, PKM-CIBATU).</summary>
public sealed class SampleFilesTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly (ImportKind Kind, string File)[] InOrder =
    [
        (ImportKind.Facilities, "facilities.csv"), (ImportKind.Users, "users.csv"), (ImportKind.Catalog, "catalog.csv"),
        (ImportKind.Fornas, "fornas.csv"), (ImportKind.Doen, "doen.csv"), (ImportKind.OpeningStock, "batches.csv"),
        (ImportKind.History, "history.csv"),
    ];

    [Fact]
    public async Task Samples_ImportedInOrder_AreValidAndImportedAgainChangeNothing()
    {
        var plan = CycleDistrict.Plan(1) with { IfkId = "IFK-GARUT", Puskesmas = [("PKM-CIBATU", "Puskesmas Cibatu")] };
        var district = new ImportDistrict(await CycleDistrict.CreateAsync(await database.FreshAsync(), plan: plan));
        var options = ImportDistrict.WithHasher with { Edition = "sample" };

        foreach (var (kind, file) in InOrder)
        {
            var result = await district.ImportAsync(kind, Sample(file), options);
            Assert.False(result.Preview.ChangesNothing, $"{file} changes something the first time");
        }
        foreach (var (kind, file) in InOrder)
        {
            var again = await district.PreviewAsync(kind, Sample(file), options);
            Assert.True(again.Valid && again.ChangesNothing, $"{file} again: {string.Join("; ", again.Errors)} {again.Added} added, {again.Changed} changed");
        }
    }

    [Fact]
    public void LplpoSample_ReadsAsOneLplpoWithoutProblems()
    {
        var file = Sample("lplpo.csv");

        var lplpo = LplpoCsv.Read(CsvTable.Parse(System.Text.Encoding.UTF8.GetString(file.Content), file.FileName));

        Assert.Equal(("PKM-CIBATU", 2), (Assert.Single(lplpo.Documents).Facility.Value, lplpo.Lines.Count));
    }

    private static ImportFile Sample(string name) => new(name, File.ReadAllBytes(Path.Combine(SamplesFolder(), name)));

    /// <summary>samples/imports of the repository this test was compiled from.</summary>
    private static string SamplesFolder([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "samples", "imports"));
}
