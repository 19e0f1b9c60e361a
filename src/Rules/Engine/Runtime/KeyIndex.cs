using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>A hash index of a memory's tokens by one join key; built on first use, then kept up to date.</summary>
internal abstract class KeyIndex
{
    public abstract void Add(Token token);
}

/// <summary>
/// Most keys hold one token (an item's FORNAS status, its formulary entry), so a key keeps its first
/// token inline and only a key with several gets a list. <see cref="Get"/> hands out a span over the
/// bucket: callers read it before anything is added to this same index.
/// </summary>
#pragma warning disable CS8714 // TKey may be a nullable reference type; null keys are turned away before the dictionary
internal sealed class KeyIndex<TKey>(Func<Token, TKey> key, int capacity) : KeyIndex
{
    private readonly Dictionary<TKey, Bucket> _buckets = new(capacity);

    public override void Add(Token token)
    {
        var k = key(token);
        if (k is null) return; // a null key joins nothing
        ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(_buckets, k, out var exists);
        if (!exists)
        {
            bucket.Single = token;
            return;
        }
        if (bucket.Many is null)
        {
            bucket.Many = new List<Token>(4) { bucket.Single!, token };
            bucket.Single = null;
            return;
        }
        bucket.Many.Add(token);
    }

    /// <summary>The tokens under a key (deleted ones included: callers skip them and may <see cref="Sweep"/>).</summary>
    public ReadOnlySpan<Token> Get(TKey k)
    {
        if (k is null) return default;
        ref var bucket = ref CollectionsMarshal.GetValueRefOrNullRef(_buckets, k);
        if (Unsafe.IsNullRef(ref bucket)) return default;
        if (bucket.Many is not null) return CollectionsMarshal.AsSpan(bucket.Many);
        return MemoryMarshal.CreateReadOnlySpan(ref bucket.Single!, 1);
    }

    /// <summary>Drops the deleted tokens under a key.</summary>
    public void Sweep(TKey k)
    {
        if (k is null) return;
        ref var bucket = ref CollectionsMarshal.GetValueRefOrNullRef(_buckets, k);
        if (Unsafe.IsNullRef(ref bucket)) return;
        if (bucket.Many is not null)
        {
            bucket.Many.RemoveAll(t => t.Deleted);
            if (bucket.Many.Count > 0) return;
        }
        else if (bucket.Single is { Deleted: false })
        {
            return;
        }
        _buckets.Remove(k);
    }

    private struct Bucket
    {
        public Token? Single;
        public List<Token>? Many;
    }
}
#pragma warning restore CS8714
