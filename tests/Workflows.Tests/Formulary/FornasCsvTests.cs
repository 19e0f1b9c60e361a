using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Tests.DataFiles;

namespace Requisition.Workflows.Tests.Formulary;

public sealed class FornasCsvTests
{
    private const string Header = "id_obat,nama_obat,nama_obat_internasional,kelas_terapi,sediaan,kekuatan,satuan,fpktp,oen,program,komposisi";

    [Fact]
    public void Read_RealEfornasExport_KeepsEveryRowInOrder()
    {
        var entries = RealLists.Fornas;

        Assert.Equal(1258, entries.Count);
        Assert.Equal(Enumerable.Range(1, 1258), entries.Select(e => e.Row));
        Assert.Equal(663, entries.Select(e => e.Id).Distinct().Count());
        Assert.Equal(("7", "abakavir", "TABLET", "300", "MILIGRAM"), (entries[0].Id, entries[0].Name, entries[0].Form, entries[0].Strength, entries[0].Unit));
    }

    [Fact]
    public void Read_MultiLineComposition_StaysOneFieldOfOneRow()
    {
        var dental = RealLists.Fornas.Single(e => e.Row == 58);

        Assert.Equal("182", dental.Id);
        Assert.Equal("lidokain 2 %\nepinefrin 1:80.000", dental.Composition.Replace("\r\n", "\n"));
        Assert.True(dental.Fktp);
        Assert.True(dental.Essential);
    }

    [Fact]
    public void Read_YaAndTidak_GiveTheFlags()
    {
        var table = TestCsv.Table("fornas.csv", Header,
            "161,amoksisilin,amoxicillin,ANTIINFEKSI,TABLET,500,MILIGRAM,Ya,Tidak,Ya,",
            "7,abakavir,abacavir,ANTIINFEKSI,TABLET,300,MILIGRAM,Tidak,Ya,Tidak,");

        var entries = FornasCsv.Read(table);

        Assert.Equal((true, false, true), (entries[0].Fktp, entries[0].Essential, entries[0].Program));
        Assert.Equal((false, true, false), (entries[1].Fktp, entries[1].Essential, entries[1].Program));
        Assert.Equal([1, 2], entries.Select(e => e.Row));
    }

    [Fact]
    public void Read_RowPosition_CountsRecordsNotLines()
    {
        var table = TestCsv.Table("fornas.csv", Header,
            "194,antasida,antacid,OBAT SALURAN CERNA,TABLET KUNYAH,200;200,MILIGRAM,Ya,Ya,Tidak,\"aluminium hidroksida 200 mg",
            "magnesium hidroksida 200 mg\"",
            "3415,parasetamol,paracetamol,ANALGESIK,TABLET,500,MILIGRAM,Ya,Ya,Tidak,");

        var entries = FornasCsv.Read(table);

        Assert.Equal([1, 2], entries.Select(e => e.Row));
        Assert.Equal("parasetamol", entries[1].Name);
    }

    [Fact]
    public void Read_MissingRequiredColumn_IsAnErrorOnTheHeader()
    {
        var table = TestCsv.Table("fornas.csv",
            "id_obat,nama_obat,sediaan,kekuatan,satuan,oen,program",
            "161,amoksisilin,TABLET,500,MILIGRAM,Ya,Tidak");

        var errors = TestCsv.Errors(() => FornasCsv.Read(table));

        Assert.Equal(["fornas.csv:1: column 'fpktp': required column is missing"], errors);
    }

    [Fact]
    public void Read_FlagThatIsNotYaOrTidak_IsAnErrorAtItsLineAndColumn()
    {
        var table = TestCsv.Table("fornas.csv", Header,
            "161,amoksisilin,amoxicillin,ANTIINFEKSI,TABLET,500,MILIGRAM,Ya,Ya,Tidak,",
            "3415,parasetamol,paracetamol,ANALGESIK,TABLET,500,MILIGRAM,FKTP,Ya,Tidak,");

        var errors = TestCsv.Errors(() => FornasCsv.Read(table));

        var error = Assert.Single(errors);
        Assert.StartsWith("fornas.csv:3: column 'fpktp': 'FKTP' is not yes or no", error);
    }

    [Fact]
    public void Read_ManyBadRows_ListsFiftyThenCountsTheRest()
    {
        var rows = Enumerable.Range(1, 60).Select(i => $"{i},obat {i},drug,KELAS,TABLET,1,MILIGRAM,Ya,mungkin,Tidak,").ToArray();
        var table = TestCsv.Table("fornas.csv", [Header, .. rows]);

        var errors = TestCsv.Errors(() => FornasCsv.Read(table));

        Assert.Equal(51, errors.Count);
        Assert.Equal("fornas.csv: ... and 10 more", errors[50]);
    }
}
