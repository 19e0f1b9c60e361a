using Requisition.Rules.Formulary;

namespace Requisition.Workflows.Tests.Formulary;

/// <summary>Named items of the West Java 150-item list, matched against the real e-Fornas export.</summary>
public sealed class RealFornasSpotCheckTests
{
    [Theory]
    [InlineData(1, 13, "56", "TABLET", "400", "MILIGRAM")] // Albendazol tablet 400 mg
    [InlineData(3, 30, "145", "INJEKSI", "24", "MILIGRAM / MILILITER")] // Aminofilin injeksi 24 mg/ml
    [InlineData(5, 36, "151", "TABLET", "25", "MILIGRAM")] // Amitriptilin tablet salut 25 mg (HCl)
    [InlineData(6, 38, "155", "TABLET", "5", "MILIGRAM")] // Amlodipin tablet 5 mg (the FKTP one of two rows)
    [InlineData(7, 44, "161", "TABLET", "500", "MILIGRAM")] // Amoksisilin kaplet 500 mg
    [InlineData(8, 42, "161", "SIRUP KERING", "250", "MILIGRAM / 5 MILILITER")] // Amoksisilin sirup kering 250 mg/5ml
    [InlineData(9, 45, "166", "INJEKSI", "1", "MILIGRAM")] // Ampisilin serbuk injeksi 1000 mg/vial (FORNAS "1 MILIGRAM")
    [InlineData(15, 75, "257", "TABLET", "50", "MILIGRAM")] // Asam Askorbat (Vitamin C) tablet 50 mg
    [InlineData(20, 113, "394", "TABLET", "0,5", "MILIGRAM")] // Atropin Sulfat tablet 0,5 mg
    [InlineData(37, 260, "1062", "INJEKSI", "1", "MILIGRAM / MILILITER")] // Epinefrin (Adrenalin) injeksi 0,1 %
    [InlineData(44, 332, "1294", "TABLET SALUT SELAPUT", "300", "MILIGRAM")] // Ferro sulfat tab salut 300 mg
    [InlineData(59, 434, "1614", "KRIM", "2,5", "PERSEN")] // Hidrokortison krim 2,5 %
    [InlineData(65, 504, "1915", "INJEKSI", "10", "PERSEN")] // Kalsium glukonat injeksi 100 mg/ml
    [InlineData(74, 574, "2072", "TABLET", "4", "MILIGRAM")] // Klorfeniramina Maleat (CTM) tablet 4 mg
    [InlineData(78, 662, "2530", "TABLET", "400/80", "MILIGRAM")] // Kotrimoksazol DOEN I (dewasa): 400 mg + 80 mg
    [InlineData(81, 664, "2550", "INJEKSI", "25", "PERSEN")] // Kuinin injeksi 25%-2ml
    [InlineData(83, 58, "182", "INJEKSI", "2", "MILILITER")] // Lidokain 2% + Epinefrin 1:80.000 (dental local anaesthetic)
    [InlineData(103, 707, "2645", "TABLET", "100", "MICROGRAM")] // Natrium Tiroksin 100 ug
    [InlineData(108, 883, "3254", "TABLET", "", "N/A")] // Obat Anti Tuberculosis Kat I
    [InlineData(116, 940, "3415", "SIRUP", "120", "MILIGRAM / 5 MILILITER")] // Parasetamol sirup 120 mg / 5 ml
    [InlineData(117, 941, "3415", "TABLET", "500", "MILIGRAM")] // Parasetamol tablet 500 mg
    [InlineData(124, 991, "3681", "INJEKSI", "3000000", "INTERNASIONAL UNIT")] // Prokain benzilpenisilin inj 3 juta UI/vial
    [InlineData(143, 1257, "4778", "TABLET DISPERSIBLE", "20", "MILIGRAM")] // Zinc tablet 20 mg
    [InlineData(149, 1212, "4657", "INJEKSI", "", "N/A")] // Vaksin DTP - HB- HIb 5 ds
    public void Match_NamedItemOfTheJabarList_FindsTheRightFornasRow(int no, int row, string id, string form, string strength, string unit)
    {
        var match = RealLists.Matcher.Match(RealLists.Jabar(no));

        Assert.Equal(MatchOutcome.Matched, match.Outcome);
        var entry = match.Entry!;
        Assert.Equal((row, id, form, strength, unit), (entry.Row, entry.Id, entry.Form, entry.Strength, entry.Unit));
        Assert.True(match.Confidence >= 0.8, match.Reason);
    }

    [Fact]
    public void Match_KotrimoksazolBy480_FindsTheAdultTabletRow()
    {
        var match = RealLists.Matcher.Match(new ItemDescription("OB-1", "Kotrimoksazol 480 mg", "Tablet"));

        Assert.Equal((662, "2530"), (match.Entry!.Row, match.Entry.Id));
    }

    [Fact]
    public void Match_BrandAfterSlash_FindsTheGenericRow()
    {
        var match = RealLists.Matcher.Match(new ItemDescription("OB-2", "Amoxicillin 500mg / Amoxsan", "Kaplet"));

        Assert.Equal((44, "161"), (match.Entry!.Row, match.Entry.Id));
    }

    [Theory]
    [InlineData("Sanmol")]
    [InlineData("Panadol 500 mg")]
    [InlineData("Xyzzy forte 500 mg")]
    public void Match_BrandOnlyOrNonsenseName_StaysUnmatched(string name)
    {
        var match = RealLists.Matcher.Match(new ItemDescription("OB-3", name, "Tablet"));

        Assert.Equal(MatchOutcome.Unmatched, match.Outcome);
        Assert.Null(match.Entry);
        Assert.Empty(match.Candidates);
    }

    [Fact]
    public void Match_CreamWithoutStrength_IsAmbiguousBetweenTheTwoFornasStrengths()
    {
        var match = RealLists.Matcher.Match(RealLists.Jabar(23)); // Betametason krim

        Assert.Equal(MatchOutcome.Ambiguous, match.Outcome);
        Assert.Equal([137, 138], match.Candidates.Select(c => c.Row));
        Assert.True(match.Confidence < 0.8);
    }

    [Fact]
    public void Match_TwoDrugsAsAlternatives_IsAmbiguousWithBoth()
    {
        var match = RealLists.Matcher.Match(new ItemDescription("OB-4", "Albendazol /Pirantel Pamoat", "tablet"));

        Assert.Equal(MatchOutcome.Ambiguous, match.Outcome);
        Assert.Equal(["56", "3556"], match.Candidates.Select(c => c.Id).Distinct());
    }

    [Fact]
    public void Match_StrengthNotOnFornas_IsUnmatchedWithTheListedStrength()
    {
        var match = RealLists.Matcher.Match(RealLists.Jabar(131)); // Salbutamol tablet 4 mg

        Assert.Equal(MatchOutcome.Unmatched, match.Outcome);
        Assert.Equal(1054, Assert.Single(match.Candidates).Row);
    }
}
