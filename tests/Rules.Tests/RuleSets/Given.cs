using Requisition.Rules.Facts;
using Requisition.Rules.Planning;
using Requisition.Rules.Tests.Thresholds;

namespace Requisition.Rules.Tests.RuleSets;

/// <summary>
/// Input facts with sensible defaults (one puskesmas supplied by one IFK, paracetamol, the March 2026 LPLPO
/// evaluated early in April), so each test states only the figures that matter to it.
/// </summary>
internal static class Given
{
    public static readonly FacilityId Puskesmas = new("PKM-CIBATU");
    public static readonly FacilityId Ifk = new("IFK-GARUT");
    public static readonly DrugCode Paracetamol = new("PCT-500");
    public static readonly DrugCode Amoxicillin = new("AMX-500");

    /// <summary>The reporting period of the LPLPO under test.</summary>
    public static readonly Period March = new(2026, 3);

    /// <summary>The as-of date: 5 April 2026, before the March LPLPO is due (day 10).</summary>
    public static readonly DateOnly AsOf = new(2026, 4, 5);

    public const string ShipmentDocument = "SBBK-2026-041";

    /// <summary>
    /// An LPLPO line whose balance holds (opening = closing + lost, received = used) and whose request is the
    /// default one for the period's own use under the default thresholds.
    /// </summary>
    public static LplpoLine Line(long used = 100, long closing = 100, long lost = 0, long? requested = null, DrugCode? drug = null)
    {
        var t = DefaultThresholds.Set;
        var optimum = LplpoArithmetic.Optimum(used, t.PeriodMonths, t.LeadTimeMonths, t.SafetyMonths);
        return new LplpoLine(Puskesmas, March, drug ?? Paracetamol,
            Opening: closing + lost, Received: used, Used: used, Lost: lost, Closing: closing,
            Requested: requested ?? LplpoArithmetic.DefaultRequest(optimum, closing));
    }

    /// <summary>One month of the stock card (kartu stok), balanced.</summary>
    public static StockMonth Month(Period period, long used, int stockoutDays = 0, long closing = 100, DrugCode? drug = null) =>
        new(Puskesmas, drug ?? Paracetamol, period, Opening: closing, Received: used, Used: used, Lost: 0, Closing: closing, stockoutDays);

    /// <summary>Stock-card months right before <see cref="March"/>, oldest first: one month per figure of use.</summary>
    public static StockMonth[] HistoryBefore(params long[] usedPerMonth) =>
        usedPerMonth.Select((used, i) => Month(March.AddMonths(i - usedPerMonth.Length), used)).ToArray();

    /// <summary>A batch in stock, at the puskesmas unless told otherwise.</summary>
    public static BatchStock Batch(string batch, DateOnly expiry, long quantity = 100, FacilityId? at = null) =>
        new(at ?? Puskesmas, Paracetamol, batch, expiry, quantity);

    /// <summary>A formulary item (generic, Rp 1,000 a unit unless told otherwise).</summary>
    public static CatalogItem Item(DrugCode? drug = null, bool generic = true, decimal price = 1000m, string name = "Parasetamol 500 mg") =>
        new(Puskesmas, drug ?? Paracetamol, name, "tablet", "500 mg", "tablet", generic, price);

    /// <summary>A FORNAS row for paracetamol tablets.</summary>
    public static FornasEntry FornasRow(bool fktp) =>
        new("1234", "parasetamol", "paracetamol", "TABLET", "500", "MILIGRAM", fktp, Essential: true, Program: false,
            "ANALGESIK, ANTIPIRETIK", "");

    /// <summary>Where an item stands against FORNAS and DOEN.</summary>
    public static ReferenceStatus Reference(
        FornasEntry? fornas,
        bool onDoen = true,
        string doenSource = "doen",
        string signature = "paracetamol|tablet|500mg",
        string reason = "matched on name, form and strength",
        DrugCode? drug = null,
        FacilityId? facility = null) =>
        new(new ItemKey(facility ?? Puskesmas, drug ?? Paracetamol), fornas, onDoen, doenSource,
            fornas is null ? 0.0 : 1.0, reason, signature);

    /// <summary>An RKO line planning <paramref name="plannedNeed"/> units for the year.</summary>
    public static RkoLine Rko(long plannedNeed, DrugCode? drug = null) =>
        new(Puskesmas, drug ?? Paracetamol, plannedNeed / 12m, plannedNeed, 0, 0, 0, plannedNeed);

    public static Budget Budget(decimal amount, int year = 2027) => new(Puskesmas, year, amount);

    /// <summary>The March LPLPO as a document; <paramref name="submittedOn"/> null is a draft.</summary>
    public static LplpoDocument Document(DateOnly? submittedOn) => new(Puskesmas, March, submittedOn);

    /// <summary>One SBBK line from the IFK to the puskesmas.</summary>
    public static Shipment Shipment(string batch, long quantity, string document = ShipmentDocument) =>
        new(document, Ifk, Puskesmas, Paracetamol, batch, quantity);

    /// <summary>The puskesmas's confirmation of one SBBK line.</summary>
    public static Receipt Receipt(long shipped, long accepted, long rejected, string? reason = null) =>
        new(ShipmentDocument, Puskesmas, Paracetamol, "B-2601", shipped, accepted, rejected, reason);
}
