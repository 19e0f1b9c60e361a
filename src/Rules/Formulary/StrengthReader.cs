namespace Requisition.Rules.Formulary;

/// <summary>
/// Reads one strength expression starting at a number: "500 mg", "250 mg/5ml", "400/80 mg",
/// "400 mg/80 mg", "1,2 juta", "3 juta UI/vial", "0,1 %", "25%-2ml" (2 ml is the ampoule),
/// "0,200 mg-1 ml" (0.2 mg in 1 ml), "1 : 80.000" (1 g in 80 litres, as adrenaline in dental lidocaine).
/// </summary>
internal static class StrengthReader
{
    public static QuantityRead? TryRead(IReadOnlyList<Token> t, int i)
    {
        if (NumberText.Parse(t[i].Text) is not { } first) return null;
        var numbers = new List<decimal> { first };
        var j = i + 1;
        while (j + 1 < t.Count && (t[j].IsSymbol('/') || t[j].IsSymbol(';')) && t[j + 1].Kind == TokenKind.Number
               && NumberText.Parse(t[j + 1].Text) is { } more)
        {
            numbers.Add(more);
            j += 2;
        }
        if (numbers.Count == 1 && j + 1 < t.Count && t[j].IsSymbol(':') && t[j + 1].Kind == TokenKind.Number
            && NumberText.Parse(t[j + 1].Text) is { } parts && parts > 0)
            return Ratio(first, parts, t, j + 2);

        var multiplier = 1m;
        if (j < t.Count && t[j].IsWord("juta")) multiplier = 1_000_000m;
        else if (j < t.Count && t[j].IsWord("ribu")) multiplier = 1_000m;
        if (multiplier != 1m) j++;

        UnitWord? unit = null;
        if (UnitWords.TryRead(t, j, out var found))
        {
            unit = found;
            j += found.Words;
        }
        if (unit is null && multiplier == 1m)
            return new QuantityRead(numbers.Select(n => Make(n, null)).ToList(), j, false, true);
        if (unit is { Kind: UnitKind.PackSize }) return new QuantityRead([], j, true, false);

        var components = numbers.Select(n => Make(n * multiplier, unit)).ToList();
        j = ReadDenominator(t, j, unit, components);
        return new QuantityRead(components, SkipPackVolume(t, j), false, false);
    }

    private static int ReadDenominator(IReadOnlyList<Token> t, int j, UnitWord? unit, List<Quantity> components)
    {
        while (j < t.Count && (t[j].IsSymbol('/') || t[j].IsWord("per")))
        {
            var k = j + 1;
            decimal? count = null;
            if (k < t.Count && t[k].Kind == TokenKind.Number)
            {
                count = NumberText.Parse(t[k].Text);
                k++;
            }
            if (k >= t.Count || t[k].Kind != TokenKind.Word) return j;
            // "400 mg/80 mg": a second component, since mg and mcg are never a denominator.
            if (count is { } second && unit is { } u && UnitWords.TryRead(t, k, out var next)
                && next.Kind == u.Kind && next.Display is "mg" or "mcg" or "IU")
            {
                components.Add(Make(second, next));
                j = k + next.Words;
                continue;
            }
            if (!UnitWords.TryReadPer(t[k].Text, out var kind, out var factor)) return j;
            var perText = count is null ? t[k].Text : $"{NumberText.Format(count.Value)} {t[k].Text}";
            for (var c = 0; c < components.Count; c++)
                components[c] = Divide(components[c], kind, (count ?? 1m) * factor, perText);
            return k + 1;
        }
        // "0,200 mg-1 ml": an amount in a volume is a concentration.
        if (j + 2 < t.Count && t[j].IsSymbol('-') && t[j + 1].Kind == TokenKind.Number
            && UnitWords.TryRead(t, j + 2, out var volume) && volume.Kind == UnitKind.Volume
            && components.All(c => c.Per is null && c.Unit is "mg" or "iu")
            && NumberText.Parse(t[j + 1].Text) is { } millilitres && millilitres > 0)
        {
            for (var c = 0; c < components.Count; c++)
                components[c] = components[c].Over(millilitres * volume.Factor, "ml", $"{NumberText.Format(millilitres)} ml");
            return j + 3;
        }
        return j;
    }

    private static Quantity Divide(Quantity q, PerKind kind, decimal count, string perText)
    {
        if (q.Per is not null || count <= 0) return q;
        return kind switch
        {
            PerKind.Volume => q.Over(count, "ml", perText),
            PerKind.Dose => q.Over(count, "dosis", perText),
            PerKind.Time => q.Over(count, "jam", perText),
            _ => q with { Display = $"{q.Display}/{perText}" },
        };
    }

    /// <summary>"25%-2ml", "1 : 80.000 - 2ml": the volume after a concentration is the ampoule, not a strength.</summary>
    private static int SkipPackVolume(IReadOnlyList<Token> t, int j) =>
        j + 2 < t.Count && t[j].IsSymbol('-') && t[j + 1].Kind == TokenKind.Number
        && UnitWords.TryRead(t, j + 2, out var unit) && unit.Kind == UnitKind.Volume
            ? j + 3
            : j;

    private static QuantityRead Ratio(decimal part, decimal whole, IReadOnlyList<Token> t, int next)
    {
        var mgPerMl = part * 1000m / whole;
        var q = new Quantity(mgPerMl, "mg", "ml", mgPerMl, part, $"{NumberText.Format(part)}:{NumberText.Format(whole)}");
        return new QuantityRead([q], SkipPackVolume(t, next), false, false);
    }

    private static Quantity Make(decimal value, UnitWord? unit)
    {
        var text = NumberText.Format(value);
        if (unit is not { } u) return new Quantity(value, "?", null, value, value, text);
        return u.Kind switch
        {
            UnitKind.Percent => new Quantity(value * 10m, "mg", "ml", value * 10m, value, $"{text} %"),
            UnitKind.Mass or UnitKind.Volume or UnitKind.InternationalUnit =>
                new Quantity(value * u.Factor, u.Code, null, value * u.Factor, value, $"{text} {u.Display}"),
            _ => new Quantity(value, u.Code, null, value, value, $"{text} {u.Display}"),
        };
    }
}
