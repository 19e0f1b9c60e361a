using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class RkoCsvReadTests
{
    [Fact]
    public void Read_WhatWriteWrote_GivesTheLinesBackAtTwoDecimals()
    {
        RkoLine[] lines =
        [
            new(new FacilityId("PKM-CIBEBER"), new DrugCode("OB117"), 3162.83m, 37954m, 7590.8m, 2919.54m, 3546, 44919),
            new(new FacilityId("PKM-SUKAJADI"), new DrugCode("OB,2"), 0m, 0m, 0m, 0m, 12, 0),
        ];
        using var writer = new StringWriter();
        RkoCsv.Write(writer, lines);

        var read = RkoCsv.Read(CsvTable.Parse(writer.ToString(), "rko.csv"));

        Assert.Equal(lines, read);
    }

    [Fact]
    public void Read_MoreThanTwoDecimals_IsAccepted()
    {
        var table = TestCsv.Table("rko.csv",
            "facility,drug_code,avg_monthly_use,annual_use,safety_stock,lead_time_stock,remaining_stock,planned_need",
            "PKM-CIBEBER,OB117,3162.8333,37954,7590.8,2919.538,3546,44919");

        var line = Assert.Single(RkoCsv.Read(table));

        Assert.Equal(3162.8333m, line.AvgMonthlyUse);
    }

    [Fact]
    public void Read_FractionalPlannedNeed_IsAnError()
    {
        var table = TestCsv.Table("rko.csv",
            "facility,drug_code,avg_monthly_use,annual_use,safety_stock,lead_time_stock,remaining_stock,planned_need",
            "PKM-CIBEBER,OB117,10,120,24,9.23,0,153.23");

        var errors = TestCsv.Errors(() => RkoCsv.Read(table));

        Assert.Equal(["rko.csv:2: column 'planned_need': '153.23' is not a whole number: expected a quantity like 1500 (digits only, no separators)"], errors);
    }
}
