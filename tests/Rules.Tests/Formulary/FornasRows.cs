using Requisition.Rules.Facts;
using Requisition.Rules.Formulary;

namespace Requisition.Rules.Tests.Formulary;

/// <summary>Small synthetic FORNAS lists, written the way the e-Fornas export writes its rows.</summary>
internal static class FornasRows
{
    public static FornasEntry Row(int row, string id, string name, string form, string strength, string unit,
        bool fktp = true, bool essential = true, string international = "", string composition = "") =>
        new(id, name, international, form, strength, unit, fktp, essential, Program: false, "ANTIINFEKSI", composition) { Row = row };

    /// <summary>A few primary-care drugs, with the shapes the real list has: combinations, repeats, gram defects.</summary>
    public static IReadOnlyList<FornasEntry> Sample() =>
    [
        Row(1, "161", "amoksisilin", "SIRUP KERING", "125", "MILIGRAM / 5 MILILITER", international: "amoxicillin"),
        Row(2, "161", "amoksisilin", "SIRUP KERING", "250", "MILIGRAM / 5 MILILITER", international: "amoxicillin"),
        Row(3, "161", "amoksisilin", "TABLET", "250", "MILIGRAM", international: "amoxicillin"),
        Row(4, "161", "amoksisilin", "TABLET", "500", "MILIGRAM", international: "amoxicillin"),
        Row(5, "166", "ampisilin", "INJEKSI", "1", "MILIGRAM", international: "ampicillin"),
        Row(6, "2530", "kotrimoksazol (dewasa)", "TABLET", "400/80", "MILIGRAM", international: "cotrimoxazole (adult)"),
        Row(7, "2531", "kotrimoksazol forte (dewasa)", "TABLET", "800/160", "MILIGRAM", international: "cotrimoxazole forte (adult)"),
        Row(8, "3415", "parasetamol", "SIRUP", "120", "MILIGRAM / 5 MILILITER", international: "paracetamol"),
        Row(9, "3415", "parasetamol", "TABLET", "500", "MILIGRAM", international: "paracetamol"),
        Row(10, "155", "amlodipin", "TABLET", "5", "MILIGRAM", fktp: false, essential: false, international: "amlodipine"),
        Row(11, "155", "amlodipin", "TABLET", "5", "MILIGRAM", international: "amlodipine"),
        Row(12, "56", "albendazol", "TABLET", "400", "MILIGRAM", international: "albendazole"),
        Row(13, "3556", "pirantel pamoat", "TABLET", "125", "MILIGRAM", essential: false, international: "pyrantel pamoate"),
        Row(14, "519", "betametason", "KRIM", "0,05", "PERSEN", essential: false, international: "betamethasone"),
        Row(15, "519", "betametason", "KRIM", "0,1", "PERSEN", international: "betamethasone"),
        Row(16, "3922", "sefadroksil", "KAPSUL", "500", "MILIGRAM", international: "cefadroxil"),
        Row(17, "1062", "epinefrin (adrenalin)", "INJEKSI", "1", "MILIGRAM / MILILITER", international: "epinephrine (adrenaline)"),
        Row(18, "1116", "etambutol", "TABLET", "400", "MILIGRAM", fktp: false, essential: false, international: "ethambutol"),
        Row(19, "194", "antasida, kombinasi aluminium hidroksida dan magnesium hidroksida", "TABLET KUNYAH", "200;200", "MILIGRAM",
            international: "antacid, combination of aluminum hydroxide and magnesium hydroxide"),
        Row(20, "2072", "klorfeniramin", "TABLET", "4", "MILIGRAM", international: "chlorphenamine"),
        Row(21, "145", "aminofilin", "INJEKSI", "24", "MILIGRAM / MILILITER", essential: false, international: "aminophylline"),
        Row(22, "3896", "salbutamol", "TABLET", "2", "MILIGRAM", international: "salbutamol"),
        Row(23, "1480", "garam oralit", "SERBUK", "", "N/A", international: "oral rehydration salt"),
    ];

    public static FornasMatcher Matcher() => new(Sample());

    public static ItemDescription Item(string name, string? form = null, string? strength = null, string? unit = null, string? fornasId = null) =>
        new("OB-1", name, form, strength, unit, fornasId);
}
