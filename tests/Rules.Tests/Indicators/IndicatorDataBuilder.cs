using Requisition.Rules.Facts;
using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

/// <summary>Builds the inputs of an indicator run for one puskesmas, a few rows at a time.</summary>
internal sealed class IndicatorDataBuilder
{
    public static readonly FacilityId Facility = new("PKM-01");

    private readonly List<CatalogItem> _items = [];
    private readonly List<ReferenceStatus> _statuses = [];
    private readonly List<StockMonth> _history = [];
    private readonly List<LplpoLine> _lplpo = [];
    private readonly List<BatchStock> _batches = [];
    private readonly List<RkoLine> _rko = [];
    private readonly List<LplpoDocument> _documents = [];
    private readonly List<LplpoDocument> _undated = [];
    private readonly Dictionary<int, List<RkoLine>> _plans = [];
    private List<FacilityId>? _reporting;
    private HashSet<DrugCode>? _indicatorDrugs;
    private DateOnly _asOf = new(2024, 1, 15);

    public static ItemKey Key(string code) => new(Facility, new DrugCode(code));

    public IndicatorDataBuilder Item(string code, decimal price = 100m, bool generic = true)
    {
        _items.Add(new CatalogItem(Facility, new DrugCode(code), code, "TABLET", "500", "mg", generic, price));
        return this;
    }

    /// <summary><paramref name="fornasFktp"/> null: matched to no FORNAS row; false: on FORNAS but not for FKTP.</summary>
    public IndicatorDataBuilder Status(string code, bool? fornasFktp, bool onDoen)
    {
        var fornas = fornasFktp is { } fktp
            ? new FornasEntry("F-" + code, code, code, "TABLET", "500", "MILIGRAM", fktp, onDoen, false, "Analgesik", "")
            : null;
        _statuses.Add(new ReferenceStatus(Key(code), fornas, onDoen, "doen", fornas is null ? 0 : 1, "test", code));
        return this;
    }

    /// <summary>One stock card month; opening is derived so the month balances.</summary>
    public IndicatorDataBuilder Month(string code, string period, long received = 0, long used = 0, long closing = 0, int stockoutDays = 0)
    {
        var opening = closing + used - received;
        _history.Add(new StockMonth(Facility, new DrugCode(code), Period.Parse(period), opening, received, used, 0, closing, stockoutDays));
        return this;
    }

    /// <summary>
    /// Twelve stock card months of <paramref name="year"/> adding up to the given totals: everything received
    /// in January, use spread evenly (remainder in December), stock-out days filled from January onwards.
    /// </summary>
    public IndicatorDataBuilder Year(string code, int year, long received, long used, int stockoutDays = 0)
    {
        var stock = 0L;
        var daysLeft = stockoutDays;
        for (var month = 1; month <= 12; month++)
        {
            var period = new Period(year, month);
            var monthReceived = month == 1 ? received : 0;
            var monthUsed = used / 12 + (month == 12 ? used % 12 : 0);
            var monthStockout = Math.Min(daysLeft, period.Days);
            daysLeft -= monthStockout;
            _history.Add(new StockMonth(Facility, new DrugCode(code), period, stock, monthReceived, monthUsed, 0,
                stock + monthReceived - monthUsed, monthStockout));
            stock += monthReceived - monthUsed;
        }
        return this;
    }

    /// <summary>
    /// <paramref name="months"/> stock card months from January of <paramref name="year"/>, each using
    /// <paramref name="usedPerMonth"/> and receiving as much, so every month closes at <paramref name="closing"/>.
    /// </summary>
    public IndicatorDataBuilder Steady(string code, int year, long usedPerMonth, long closing, int months = 12)
    {
        for (var month = 1; month <= months; month++)
            Month(code, new Period(year, month).ToString(), received: usedPerMonth, used: usedPerMonth, closing: closing);
        return this;
    }

    public IndicatorDataBuilder Lplpo(
        string code, string period, long requested = 0, long received = 0, long used = 0, long closing = 0, long? given = null)
    {
        var opening = closing + used - received;
        _lplpo.Add(new LplpoLine(Facility, Period.Parse(period), new DrugCode(code), opening, received, used, 0, closing, requested, Given: given));
        return this;
    }

    public IndicatorDataBuilder Batch(string code, DateOnly expiry, long quantity, decimal? unitPrice = null)
    {
        _batches.Add(new BatchStock(Facility, new DrugCode(code), "B-" + _batches.Count, expiry, quantity, unitPrice));
        return this;
    }

    public IndicatorDataBuilder Rko(string code, long plannedNeed)
    {
        _rko.Add(new RkoLine(Facility, new DrugCode(code), plannedNeed / 12m, plannedNeed, 0, 0, 0, plannedNeed));
        return this;
    }

    /// <summary>An RKO line of <paramref name="year"/>: the data then carries plans per year (and <see cref="Rko"/> lines are ignored).</summary>
    public IndicatorDataBuilder Plan(int year, string code, long plannedNeed)
    {
        if (!_plans.TryGetValue(year, out var lines)) _plans[year] = lines = [];
        lines.Add(new RkoLine(Facility, new DrugCode(code), plannedNeed / 12m, plannedNeed, 0, 0, 0, plannedNeed));
        return this;
    }

    /// <summary>The LPLPO of <paramref name="facility"/> for <paramref name="period"/>, received on <paramref name="submitted"/> (null: not received).</summary>
    public IndicatorDataBuilder Document(string facility, string period, DateOnly? submitted)
    {
        _documents.Add(new LplpoDocument(new FacilityId(facility), Period.Parse(period), submitted));
        return this;
    }

    /// <summary>An LPLPO received with no date recorded (imported history).</summary>
    public IndicatorDataBuilder Undated(string facility, string period)
    {
        _undated.Add(new LplpoDocument(new FacilityId(facility), Period.Parse(period), null));
        return this;
    }

    /// <summary>The puskesmas expected to send an LPLPO every month.</summary>
    public IndicatorDataBuilder Reporting(params string[] facilities)
    {
        _reporting = facilities.Select(f => new FacilityId(f)).ToList();
        return this;
    }

    public IndicatorDataBuilder IndicatorDrugs(params string[] codes)
    {
        _indicatorDrugs = codes.Select(c => new DrugCode(c)).ToHashSet();
        return this;
    }

    public IndicatorDataBuilder AsOf(DateOnly date)
    {
        _asOf = date;
        return this;
    }

    public IndicatorData Build() =>
        new(_items, _statuses, _history, _lplpo, _batches, _rko, [], _indicatorDrugs, _asOf,
            _documents.Count > 0 ? _documents : null, _reporting,
            _plans.Count > 0 ? _plans.OrderBy(p => p.Key).Select(p => new RkoYear(p.Key, p.Value)).ToList() : null,
            Undated: _undated.Count > 0 ? _undated : null);

    /// <summary>The scope over [from, to], periods written "YYYY-MM"; null for an open end.</summary>
    public IndicatorScope Scope(string? from = null, string? to = null) =>
        IndicatorScope.Of(Build(), from is null ? null : Period.Parse(from), to is null ? null : Period.Parse(to));
}
