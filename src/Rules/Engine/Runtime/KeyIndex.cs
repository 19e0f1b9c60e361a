namespace Requisition.Rules.Engine.Runtime;

/// <summary>A hash index of a memory's tokens by one join key; built on first use, then kept up to date.</summary>
internal abstract class KeyIndex
{
    public abstract void Add(Token token);
}

#pragma warning disable CS8714 // TKey may be a nullable reference type; null keys are filtered below
internal sealed class KeyIndex<TKey>(Func<Token, TKey> key) : KeyIndex
{
    // Keys are never null here: a null key is turned away before it reaches the dictionary.
    private readonly Dictionary<TKey, List<Token>> _buckets = new();

    public override void Add(Token token)
    {
        var k = key(token);
        if (k is null) return; // a null key joins nothing
        if (!_buckets.TryGetValue(k, out var bucket))
        {
            bucket = new List<Token>(4);
            _buckets.Add(k, bucket);
        }
        bucket.Add(token);
    }

    /// <summary>The live tokens under a key, or null; drops deleted ones it meets.</summary>
    public List<Token>? Get(TKey k)
    {
        if (k is null || !_buckets.TryGetValue(k, out var bucket)) return null;
        return bucket;
    }

    public static void Sweep(List<Token> bucket)
    {
        bucket.RemoveAll(t => t.Deleted);
    }
}
#pragma warning restore CS8714
