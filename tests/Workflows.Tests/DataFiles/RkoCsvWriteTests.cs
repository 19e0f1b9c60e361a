using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class RkoCsvWriteTests
{
    private static RkoLine Line(string code, decimal amu, decimal annual, decimal safety, decimal leadTime, long remaining, long planned) =>
        new(new FacilityId("PKM-CIBEBER"), new DrugCode(code), amu, annual, safety, leadTime, remaining, planned);

    private static string Write(params RkoLine[] lines)
    {
        using var writer = new StringWriter();
        RkoCsv.Write(writer, lines);
        return writer.ToString();
    }

    [Fact]
    public void Write_Lines_GivesTheHeaderAndOneRowEach()
    {
        var text = Write(Line("OB117", 3162.8333333333m, 37954m, 7590.8m, 2919.5384615m, 3546, 44919));

        Assert.Equal(
            "facility,drug_code,avg_monthly_use,annual_use,safety_stock,lead_time_stock,remaining_stock,planned_need\n" +
            "PKM-CIBEBER,OB117,3162.83,37954,7590.8,2919.54,3546,44919\n",
            text);
    }

    [Fact]
    public void Write_HalfCent_RoundsAwayFromZero()
    {
        var text = Write(Line("OB001", 0.125m, 1.5m, 0.3m, 0.115m, 0, 2));

        Assert.EndsWith("PKM-CIBEBER,OB001,0.13,1.5,0.3,0.12,0,2\n", text);
    }

    [Fact]
    public void Write_CodeWithAComma_IsQuoted()
    {
        var text = Write(Line("OB,1", 1m, 12m, 2.4m, 0.92m, 0, 16));

        Assert.EndsWith("PKM-CIBEBER,\"OB,1\",1,12,2.4,0.92,0,16\n", text);
    }
}
