#!/usr/bin/env python3
"""Generates samples/demo/*.csv: a small district (one IFK, three puskesmas) for the README's `check` run.

Deterministic: a fixed seed and fixed iteration order, so running it again gives the same bytes.
    python3 samples/generate_demo.py

The story the data tells (what `check` should find), evaluated on 2026-11-23:
  - PKM-CIBEBER lists paracetamol 500 mg twice (OB117 and OB902); its simvastatin got a large
    short-dated redistribution in 2026-08 (excess stock); the IFK gave less paracetamol than asked,
    with a note; an amoxicillin syrup batch expires within 3 months.
  - PKM-SUKAJADI lists a brand item (Ponstan, not generic); its amoxicillin syrup ran out in
    2026-01 and stayed out through 2026-03 (two whole months); its October amoxicillin request is
    far above the default; its 2027 budget is below the RKO cost; it sent its LPLPO on time.
  - PKM-MEKARSARI lists Mineral Mix (not on FORNAS); oxytocin has had no use since 2026-06 (dead
    stock); zinc ran out in October (closing 0 on the LPLPO); its October paracetamol line does
    not balance; an antacid batch expired 2026-10-31; its LPLPO reached the IFK on 2026-11-14,
    after the due day (10).
  - IFK-KAB ships an ibuprofen batch that expires 2027-01-31 and, for PKM-SUKAJADI's mefenamic acid,
    a later batch while an earlier one is in stock (not FEFO); one bottle line arrives damaged.

Averages, optimum and RKO follow src/Rules/Planning: stock-out months are scaled up by
days / (days - stock-out days) and months entirely out of stock are left out; optimum = average x
(1 + 0.5 + 0.5) months; RKO B = average x 12, C = 20 % of B, D = B x 4 / 52, E = closing of the
latest history month, A = max(0, ceil(B + C + D - E)) (defaults of data/thresholds.default.json).
"""
import csv
import math
import random
from datetime import date
from decimal import Decimal, ROUND_CEILING, ROUND_HALF_UP, getcontext
from pathlib import Path

getcontext().prec = 28
OUT = Path(__file__).resolve().parent / "demo"
RNG = random.Random(20261123)
IFK = "IFK-KAB"
FACILITIES = [("PKM-CIBEBER", 1.0), ("PKM-SUKAJADI", 1.4), ("PKM-MEKARSARI", 0.7)]
HISTORY = [(2025, m) for m in range(10, 13)] + [(2026, m) for m in range(1, 10)]
LPLPO_PERIOD = (2026, 10)
SUBMITTED = {"PKM-CIBEBER": "2026-11-05", "PKM-SUKAJADI": "2026-11-08", "PKM-MEKARSARI": "2026-11-14"}

# code, name (as in the West Java 150-item list), form, strength, unit, price (Rp), monthly use, seasonal, pack
ITEMS = [
    ("OB117", "Parasetamol tablet 500 mg", "tablet", "500", "mg", "125", 3000, True, 100),
    ("OB116", "Parasetamol sirup 120 mg / 5 ml", "sirup", "120", "mg/5 ml", "4250", 150, True, 1),
    ("OB007", "Amoksisilin kaplet 500 mg", "kaplet", "500", "mg", "390", 1500, True, 100),
    ("OB008", "Amoksisilin sirup kering 250 mg/5ml", "sirup kering", "250", "mg/5 ml", "6800", 80, True, 1),
    ("OB078", "Kotrimoksazol DOEN I (dewasa) tablet 480 mg", "tablet", "400/80", "mg", "210", 400, True, 100),
    ("OB017", "Asam Mefenamat kaplet 500 mg", "kaplet", "500", "mg", "175", 900, False, 100),
    ("OB010", "Antasida DOEN I tablet kunyah", "tablet kunyah", "200/200", "mg", "95", 800, False, 100),
    ("OB001", "Albendazol tablet 400 mg", "tablet", "400", "mg", "680", 60, False, 10),
    ("OB006", "Amlodipin tablet 5 mg", "tablet", "5", "mg", "105", 1200, False, 100),
    ("OB067", "Kaptopril tablet 25 mg", "tablet", "25", "mg", "98", 400, False, 100),
    ("OB088", "Metformin HCl tablet 500 mg", "tablet", "500", "mg", "115", 900, False, 100),
    ("OB052", "Glibenklamida tablet 5 mg", "tablet", "5", "mg", "80", 300, False, 100),
    ("OB025", "Deksametason tablet 0,5 mg", "tablet", "0,5", "mg", "62", 500, False, 100),
    ("OB074", "Klorfeniramina Maleat (CTM) tablet 4 mg", "tablet", "4", "mg", "38", 1000, True, 100),
    ("OB015", "Asam Askorbat (Vitamin C) tablet 50 mg", "tablet", "50", "mg", "45", 1500, True, 100),
    ("OB044", "Ferro sulfat tab salut 300 mg", "tablet salut", "300", "mg", "88", 600, False, 100),
    ("OB143", "Zinc tablet 20 mg", "tablet", "20", "mg", "210", 400, True, 100),
    ("OB050", "Garam Oralit I serbuk", "serbuk", "", "", "550", 300, True, 10),
    ("OB061", "Ibuprofen tab 400 mg", "tablet", "400", "mg", "160", 600, True, 100),
    ("OB115", "Omeprazol kapsul 20 mg", "kapsul", "20", "mg", "260", 300, False, 100),
    ("OB130", "Salbutamol tablet 2 mg (sebagai Sulfat)", "tablet", "2", "mg", "55", 300, False, 100),
    ("OB122", "Prednison tablet 5 mg", "tablet", "5", "mg", "70", 300, False, 100),
    ("OB096", "Metronidazol tablet 500 mg", "tablet", "500", "mg", "195", 250, True, 100),
    ("OB137", "Siprofloksasin tablet 500 mg (sebagai HCl)", "tablet", "500", "mg", "330", 200, True, 100),
    ("OB136", "Simvastatin tablet 10 mg", "tablet", "10", "mg", "185", 300, False, 100),
    ("OB084", "Loratadin tablet 10 mg", "tablet", "10", "mg", "150", 150, False, 10),
    ("OB098", "Mikonazol krim 2%", "krim", "2", "%", "5750", 25, False, 1),
    ("OB072", "Kloramfenikol salep mata 1 %", "salep mata", "1", "%", "4200", 20, False, 1),
    ("OB113", "Oksitosin 10 IU/ml", "injeksi", "10", "IU/ml", "4800", 12, False, 1),
    ("OB142", "Vitamin B Kompleks tablet", "tablet", "", "", "32", 1200, False, 100),
]
# One anomaly per puskesmas formulary: a duplicate under another code, a brand item, an item not on FORNAS.
EXTRA = {
    "PKM-CIBEBER": ("OB902", "Paracetamol tablet 500 mg", "tablet", "500", "mg", "125", 200, True, 100, "yes"),
    "PKM-SUKAJADI": ("OB901", "Ponstan kaplet 500 mg", "kaplet", "500", "mg", "2800", 150, False, 10, "no"),
    "PKM-MEKARSARI": ("OB099", "Mineral Mix", "serbuk", "", "", "2500", 60, False, 10, "yes"),
}
# Person-confirmed FORNAS ids (id_obat) for the combination products automatic matching finds hard.
CONFIRMED_FORNAS = {"OB078": "2530", "OB010": "194"}
SEASON = {10: 1.0, 11: 1.1, 12: 1.2, 1: 1.25, 2: 1.2, 3: 1.1, 4: 1.0, 5: 0.95, 6: 0.9, 7: 0.9, 8: 0.9, 9: 0.95}
# Months in which the IFK could not deliver (the puskesmas then runs down its stock).
NO_DELIVERY = {
    ("PKM-SUKAJADI", "OB008"): {(2026, 1), (2026, 2), (2026, 3)},
    ("PKM-CIBEBER", "OB143"): {(2026, 5), (2026, 6)},
    ("PKM-MEKARSARI", "OB015"): {(2026, 3), (2026, 4)},
    ("PKM-MEKARSARI", "OB143"): {(2026, 9), (2026, 10)},  # runs out in the LPLPO month itself
}
DEAD_FROM = ("PKM-MEKARSARI", "OB113", (2026, 6))  # no use from this month on
EXCESS = ("PKM-CIBEBER", "OB136", (2026, 8), 8000)  # extra quantity received that month


def days_in(year, month):
    return (date(year + month // 12, month % 12 + 1, 1) - date(year, month, 1)).days


def period(ym):
    return f"{ym[0]:04d}-{ym[1]:02d}"


def round_up(quantity, pack):
    return 0 if quantity <= 0 else int(math.ceil(quantity / pack) * pack)


def month_end(year, month):
    return date(year, month, days_in(year, month))


def simulate(facility, item, scale):
    """Twelve months of stock card plus the October LPLPO month, replenishing to 2.2 months of use."""
    code, _, _, _, _, _, use, seasonal, pack = item[:9]
    base = use * scale
    stock = round_up(base * 1.6, pack)
    months = []
    for ym in HISTORY + [LPLPO_PERIOD]:
        demand = base * (SEASON[ym[1]] if seasonal else 1.0) * (0.85 + 0.3 * RNG.random())
        demand = int(round(demand))
        if (facility, code) == DEAD_FROM[:2] and ym >= DEAD_FROM[2]:
            demand = 0
        target = 0 if demand == 0 and (facility, code) == DEAD_FROM[:2] else base * 2.2
        received = 0 if ym in NO_DELIVERY.get((facility, code), set()) else round_up(target - stock, pack)
        if (facility, code) == EXCESS[:2] and ym == EXCESS[2]:
            received += EXCESS[3]
        supply = stock + received
        used = min(demand, supply)
        days = days_in(*ym)
        stockout = 0
        if demand > supply:
            stockout = days if supply == 0 else max(1, round(days * (1 - supply / demand)))
        lost = 0
        if RNG.random() < 0.04 and supply - used > 20:
            lost = max(1, round((supply - used) * 0.02))
        closing = supply - used - lost
        months.append(dict(ym=ym, opening=stock, received=received, used=used, lost=lost,
                           closing=closing, stockout=stockout))
        stock = closing
    return months


def average_monthly_use(months):
    """AverageMonthlyUse.Compute: adjusted for stock-out days, full stock-out months left out."""
    total, counted = Decimal(0), 0
    for m in months[-12:]:
        days = days_in(*m["ym"])
        if m["stockout"] >= days:
            continue
        total += Decimal(m["used"]) * days / (days - m["stockout"])
        counted += 1
    return Decimal(0) if counted == 0 else total / counted


def two(value):
    """RkoCsv.Write's number format: half away from zero to 2 places, no trailing zeros."""
    text = str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    return text.rstrip("0").rstrip(".") if "." in text else text


def write(name, header, rows):
    with open(OUT / name, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main():
    OUT.mkdir(exist_ok=True)
    formulary, history, lplpo, batches, rko, budget = [], [], [], [], [], []
    ifk_need = {}
    price_of = {}
    pkm_stock = {}
    for facility, scale in FACILITIES:
        extra = EXTRA[facility]
        items = ITEMS + [extra[:9]]
        plan_cost = Decimal(0)
        for item in items:
            code, name, form, strength, unit, price = item[:6]
            generic = extra[9] if code == extra[0] else "yes"
            price_of[code] = price
            formulary.append([facility, code, name, form, strength, unit, generic, price, CONFIRMED_FORNAS.get(code, "")])
            months = simulate(facility, item, scale)
            past, october = months[:-1], months[-1]
            for m in past:
                history.append([facility, code, period(m["ym"]), m["opening"], m["received"], m["used"], m["lost"],
                                m["closing"], m["stockout"]])
            amu = average_monthly_use(past)
            optimum = int((amu * 2).to_integral_value(rounding=ROUND_CEILING)) if amu > 0 else 0
            closing = october["closing"]
            requested = max(0, optimum - closing)
            reported_closing, given, note = closing, "", ""
            if (facility, code) == ("PKM-MEKARSARI", "OB117"):
                reported_closing = closing + 150  # balance error: 150 tablets issued but not reported
                requested = max(0, optimum - reported_closing)
            if (facility, code) == ("PKM-SUKAJADI", "OB007"):
                requested = round_up(max(optimum, 1) * 5, 100)  # far above the default request
            if (facility, code) == ("PKM-CIBEBER", "OB117"):
                given = round_up(requested * 0.6, 100)
                note = "Stok IFK terbatas, diberikan sebagian"
            lplpo.append([facility, period(LPLPO_PERIOD), code, october["opening"], october["received"], october["used"],
                          october["lost"], reported_closing, requested, optimum, given, note, SUBMITTED[facility]])
            shipped = given if given != "" else requested
            if shipped > 0:
                ifk_need.setdefault(code, []).append((facility, shipped))
            pkm_stock[(facility, code)] = closing
            # RKO 2027 by consumption, E = closing of the latest history month.
            b = amu * 12
            c = b * 20 / 100
            d = b * 4 / Decimal(52)
            e = past[-1]["closing"]
            a = max(Decimal(0), (b + c + d - e).to_integral_value(rounding=ROUND_CEILING))
            rko.append([facility, code, two(amu), two(b), two(c), two(d), e, int(a)])
            plan_cost += int(a) * Decimal(price)
        share = {"PKM-CIBEBER": Decimal("1.10"), "PKM-SUKAJADI": Decimal("0.80"), "PKM-MEKARSARI": Decimal("1.05")}[facility]
        amount = (plan_cost * share / 1000000).to_integral_value(rounding=ROUND_HALF_UP) * 1000000
        budget.append([facility, 2027, amount])

    puskesmas_batches(batches, pkm_stock, price_of)
    shipments, receipts = ifk_batches_and_shipments(batches, ifk_need, price_of)

    write("formulary.csv", ["facility", "drug_code", "name", "form", "strength", "unit", "generic", "price", "fornas_id"], formulary)
    write("history.csv", ["facility", "drug_code", "period", "opening", "received", "used", "lost", "closing", "stockout_days"], history)
    write("lplpo.csv", ["facility", "period", "drug_code", "opening", "received", "used", "lost", "closing", "requested",
                        "optimum", "given", "note", "submitted"], lplpo)
    write("batches.csv", ["facility", "drug_code", "batch", "expiry", "quantity", "unit_price", "fund_source"], batches)
    rko.sort(key=lambda r: (r[0], r[1]))  # the order the `rko` verb writes: facility, then drug code
    write("rko.csv", ["facility", "drug_code", "avg_monthly_use", "annual_use", "safety_stock", "lead_time_stock",
                      "remaining_stock", "planned_need"], rko)
    write("shipments.csv", ["document", "from_facility", "to_facility", "drug_code", "batch", "quantity"], shipments)
    write("receipts.csv", ["document", "facility", "drug_code", "batch", "shipped", "accepted", "rejected", "reason"], receipts)
    write("budget.csv", ["facility", "year", "amount"], budget)


def batch_number(code, expiry, letter):
    return f"B{code[2:]}{expiry.strftime('%y%m')}{letter}"


def random_expiry(first, last):
    """A month end between two (year, month) pairs, inclusive."""
    start, end = first[0] * 12 + first[1] - 1, last[0] * 12 + last[1] - 1
    ordinal = start + int(RNG.random() * (end - start + 1))
    return month_end(ordinal // 12, ordinal % 12 + 1)


def puskesmas_batches(batches, pkm_stock, price_of):
    """The stock at the end of October split into batches (older, sooner-expiring batch first)."""
    special = {
        ("PKM-MEKARSARI", "OB010"): date(2026, 10, 31),  # expired, not yet separated
        ("PKM-CIBEBER", "OB008"): date(2027, 1, 31),  # within 3 months
        ("PKM-SUKAJADI", "OB052"): date(2027, 4, 30),  # within 6 months
        ("PKM-MEKARSARI", "OB084"): date(2027, 9, 30),  # within 12 months
        ("PKM-CIBEBER", "OB136"): date(2027, 7, 31),  # the redistributed short-dated simvastatin
    }
    for (facility, code), stock in pkm_stock.items():
        if stock <= 0:
            continue
        fund = "BLUD" if code == "OB901" else ("DAK" if int(code[2:]) % 3 == 0 else "APBD II")
        older = special.get((facility, code)) or random_expiry((2027, 12), (2028, 6))
        newer = random_expiry((2028, 7), (2029, 6))
        if (facility, code) == ("PKM-CIBEBER", "OB136"):
            split = stock - 400
        else:
            split = stock // 3 if stock >= 30 else 0
        if split > 0:
            batches.append([facility, code, batch_number(code, older, "A"), older.isoformat(), split, price_of[code], fund])
        batches.append([facility, code, batch_number(code, newer, "B"), newer.isoformat(), stock - split,
                        price_of[code], fund])


def ifk_batches_and_shipments(batches, ifk_need, price_of):
    """IFK stock per item in two or three batches; the November SBBK lines picked FEFO from them."""
    shipments, receipts = [], []
    ifk = {}
    for code, lines in ifk_need.items():
        total = sum(q for _, q in lines)
        first = date(2027, 1, 31) if code == "OB061" else random_expiry((2028, 1), (2028, 6))
        second = random_expiry((2028, 7), (2029, 6))
        ifk[code] = [[batch_number(code, first, "K"), first, total * 2], [batch_number(code, second, "L"), second, total * 3]]
    documents = {f: f"SBBK/{IFK}/2026/11/{i + 1:03d}" for i, (f, _) in enumerate(FACILITIES)}
    pending = []
    for code, lines in ifk_need.items():
        for facility, quantity in lines:
            pending.append((facility, code, quantity))
    pending.sort(key=lambda p: ([f for f, _ in FACILITIES].index(p[0]), p[1]))
    for facility, code, quantity in pending:
        order = sorted(ifk[code], key=lambda b: b[1])
        if (facility, code) == ("PKM-SUKAJADI", "OB017"):
            order = list(reversed(order))  # not FEFO: the later batch while the earlier one is in stock
        left = quantity
        for batch in order:
            take = min(left, batch[2])
            if take <= 0:
                continue
            batch[2] -= take
            left -= take
            shipments.append([documents[facility], IFK, facility, code, batch[0], take])
            rejected = 6 if (facility, code) == ("PKM-MEKARSARI", "OB116") else 0
            reason = "Botol pecah saat pengiriman" if rejected else ""
            receipts.append([documents[facility], facility, code, batch[0], take, take - rejected, rejected, reason])
    for code in sorted(ifk):
        fund = "DAK" if int(code[2:]) % 3 == 0 else "APBD II"
        for number, expiry, quantity in ifk[code]:
            batches.append([IFK, code, number, expiry.isoformat(), quantity, price_of[code], fund])
    return shipments, receipts


if __name__ == "__main__":
    main()
