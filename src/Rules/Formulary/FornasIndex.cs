namespace Requisition.Rules.Formulary;

/// <summary>
/// FORNAS rows by ingredient key, so an item is looked up, not compared with every row. Only when no
/// key is found does matching fall back to names that contain the item's words, or keys within a few
/// letters of it (typing slips like "Dihidroartemsin"); those give candidates, never a match.
/// </summary>
internal sealed class FornasIndex
{
    private readonly Dictionary<string, List<(IndexedEntry Entry, NameKey Key)>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<IndexedEntry>> _byWord = new(StringComparer.Ordinal);
    private readonly List<string> _keys;

    public FornasIndex(IReadOnlyList<IndexedEntry> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var key in entry.Keys)
            {
                if (!_byKey.TryGetValue(key.Key, out var list)) _byKey[key.Key] = list = [];
                list.Add((entry, key));
            }
            foreach (var word in entry.Keys.Where(k => k.Tier < 2).SelectMany(k => k.Name.Words))
            {
                if (!_byWord.TryGetValue(word, out var set)) _byWord[word] = set = [];
                set.Add(entry);
            }
        }
        _keys = _byKey.Keys.Order(StringComparer.Ordinal).ToList();
    }

    public bool Knows(string key) => _byKey.ContainsKey(key);

    /// <summary>The rows under the nearest of <paramref name="keys"/>: all hits at the smallest distance, in row order.</summary>
    public IReadOnlyList<KeyHit> Find(IEnumerable<NameKey> keys)
    {
        var hits = new List<KeyHit>();
        foreach (var itemKey in keys)
            if (_byKey.TryGetValue(itemKey.Key, out var rows))
                hits.AddRange(rows.Select(r => new KeyHit(r.Entry, itemKey, r.Key, itemKey.Tier + r.Key.Tier)));
        if (hits.Count == 0) return [];
        var nearest = hits.Min(h => h.Distance);
        return hits.Where(h => h.Distance == nearest)
            .GroupBy(h => h.Entry)
            .Select(g => g.First())
            .OrderBy(h => h.Entry.Entry.Row)
            .ToList();
    }

    /// <summary>Rows whose name holds every word of <paramref name="name"/> ("vaksin polio" in "vaksin polio IPV").</summary>
    public IReadOnlyList<IndexedEntry> Containing(DrugName name)
    {
        var words = name.Words.Distinct().ToList();
        if (words.Count == 0) return [];
        HashSet<IndexedEntry>? common = null;
        foreach (var word in words)
        {
            if (!_byWord.TryGetValue(word, out var rows)) return [];
            common = common is null ? [.. rows] : [.. common.Where(rows.Contains)];
        }
        return common!.OrderBy(e => e.Entry.Row).ToList();
    }

    /// <summary>Rows whose key is a few letters from <paramref name="key"/>: at most one edit per seven letters.</summary>
    public IReadOnlyList<IndexedEntry> SpelledAlike(string key)
    {
        var found = new List<IndexedEntry>();
        foreach (var candidate in _keys)
        {
            var allowed = Math.Max(1, Math.Max(candidate.Length, key.Length) / 7);
            if (Math.Abs(candidate.Length - key.Length) > allowed || key.Length < 5 || Digits(candidate) != Digits(key)) continue;
            if (EditDistance(key, candidate, allowed) <= allowed)
                found.AddRange(_byKey[candidate].Select(r => r.Entry));
        }
        return found.Distinct().OrderBy(e => e.Entry.Row).ToList();
    }

    /// <summary>"oat kategori 2" is not a slip for "oat kategori 1": numbers must agree.</summary>
    private static string Digits(string key) => string.Concat(key.Where(char.IsDigit));

    /// <summary>Levenshtein distance, giving up (returning limit + 1) once every path exceeds <paramref name="limit"/>.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowBest = Math.Min(rowBest, current[j]);
            }
            if (rowBest > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
