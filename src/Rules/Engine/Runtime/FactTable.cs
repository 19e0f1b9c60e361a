using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Numerics;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A session's facts of one runtime type, in insertion order: each fact, and which of its type's patterns
/// it passed (one bit each). A retracted fact leaves an empty slot; slots are never reused.
/// </summary>
internal sealed class FactTable(TypeRoute route)
{
    private const int FirstChunk = 16;
    private const int DoublingChunks = 14;  // 16 .. 131,072 slots: 262,128 slots in all
    private const int DoublingSlots = FirstChunk * ((1 << DoublingChunks) - 1);
    private const int LastChunkShift = 17;  // then chunks of 131,072 slots (1 MB of references) each

    // Slots live in chunks of doubling size (16, 32, 64...), then of one large size: the table grows
    // without copying and holds at most one chunk it does not need, and a district's facts stay in arrays
    // small enough for the collector's cheapest generation. A slot holds the fact, or its handle once one
    // was made: most facts never need one, so no array is kept for them.
    private object?[][] _facts = new object?[8][];
    private ulong[][] _masks = new ulong[8][];
    private int _chunks;
    private int _capacity;
    private int _tail = -1;          // the chunk the next fact goes to...
    private object?[] _tailFacts = [];
    private ulong[] _tailMasks = [];
    private int _tailOffset;         // ...and its place there

    public TypeRoute Route { get; } = route;

    /// <summary>Slots used, live or retracted.</summary>
    public int Count { get; private set; }

    /// <summary>Puts a fact in the next slot; returns the slot's mask, for the patterns to mark (chunks never move, so the reference stays good).</summary>
    public ref ulong Add(object fact, out int slot)
    {
        if (_tailOffset == _tailFacts.Length) NextTail();
        slot = Count++;
        var offset = _tailOffset++;
        // Through a reference: a store into an object[] would check the array's element type first.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_tailFacts), offset) = fact;
        return ref _tailMasks[offset];
    }

    private void NextTail()
    {
        Reserve(1);
        _tail++;
        _tailFacts = _facts[_tail];
        _tailMasks = _masks[_tail];
        _tailOffset = 0;
    }

    /// <summary>Makes room for <paramref name="more"/> facts beyond those held.</summary>
    public void Reserve(int more)
    {
        while (_capacity < Count + more)
        {
            if (_chunks == _facts.Length)
            {
                Array.Resize(ref _facts, _chunks * 2);
                Array.Resize(ref _masks, _chunks * 2);
            }
            var size = ChunkSize(_chunks);
            _facts[_chunks] = new object?[size];
            _masks[_chunks] = new ulong[size];
            _chunks++;
            _capacity += size;
        }
    }

    /// <summary>The fact in a slot, or null once retracted.</summary>
    public object? FactAt(int slot)
    {
        var (chunk, offset) = Locate(slot);
        var entry = _facts[chunk][offset];
        return entry is FactHandle handle ? handle.Fact : entry;
    }

    /// <summary>True while the slot's fact is held; unlike <see cref="FactAt"/>, does not touch the fact itself.</summary>
    public bool IsLive(int slot)
    {
        var (chunk, offset) = Locate(slot);
        return _facts[chunk][offset] is not null;
    }

    /// <summary>Which of the type's patterns the fact in a slot passed (one bit each, in route order).</summary>
    public ulong MaskAt(int slot)
    {
        var (chunk, offset) = Locate(slot);
        return _masks[chunk][offset];
    }

    /// <summary>The live slots whose mask has a bit of <paramref name="mask"/>, with their facts, in order.</summary>
    public SlotEnumerator SlotsWith(ulong mask) => new(this, mask);

    /// <summary>How many live slots have a bit of <paramref name="mask"/> (a retracted slot's mask is cleared).</summary>
    public int CountWith(ulong mask)
    {
        var count = 0;
        var left = Count;
        for (var chunk = 0; left > 0; chunk++)
        {
            var masks = _masks[chunk].AsSpan(0, Math.Min(left, ChunkSize(chunk)));
            foreach (var bits in masks)
                if ((bits & mask) != 0) count++;
            left -= masks.Length;
        }
        return count;
    }

    /// <summary>The fact's handle, made on first need.</summary>
    public FactHandle Pin(int slot)
    {
        var (chunk, offset) = Locate(slot);
        ref var entry = ref _facts[chunk][offset];
        if (entry is FactHandle pinned) return pinned;
        var handle = new FactHandle(entry!, this, slot);
        entry = handle;
        return handle;
    }

    public void Remove(int slot)
    {
        var (chunk, offset) = Locate(slot);
        _facts[chunk][offset] = null;
        _masks[chunk][offset] = 0;
    }

    /// <summary>Walks the slots chunk by chunk, with no division into chunk and offset per slot.</summary>
    public struct SlotEnumerator(FactTable table, ulong mask)
    {
        private object?[] _facts = [];
        private ulong[] _masks = [];
        private int _chunk = -1;
        private int _start;  // the slot of the current chunk's first entry
        private int _used;   // entries of the current chunk in use
        private int _offset;

        public readonly (int Slot, object Fact) Current
        {
            get
            {
                var entry = _facts[_offset]!;
                return (_start + _offset, entry is FactHandle handle ? handle.Fact : entry);
            }
        }

        public readonly SlotEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (true)
            {
                while (++_offset < _used)
                    if ((_masks[_offset] & mask) != 0) return true; // cleared when retracted
                if (!NextChunk()) return false;
            }
        }

        private bool NextChunk()
        {
            _start += _masks.Length;
            if (_start >= table.Count) return false;
            _chunk++;
            _facts = table._facts[_chunk];
            _masks = table._masks[_chunk];
            _used = Math.Min(_masks.Length, table.Count - _start);
            _offset = -1;
            return true;
        }
    }

    private static int ChunkSize(int chunk) => chunk < DoublingChunks ? FirstChunk << chunk : 1 << LastChunkShift;

    /// <summary>Doubling chunk k holds FirstChunk * 2^k slots, starting at slot FirstChunk * (2^k - 1); then fixed-size chunks.</summary>
    private static (int Chunk, int Offset) Locate(int slot)
    {
        if (slot >= DoublingSlots)
        {
            var beyond = slot - DoublingSlots;
            return (DoublingChunks + (beyond >> LastChunkShift), beyond & ((1 << LastChunkShift) - 1));
        }
        var shifted = (uint)slot + FirstChunk;
        var chunk = BitOperations.Log2(shifted) - 4; // 4 = log2(FirstChunk)
        return (chunk, (int)(shifted - (FirstChunk << chunk)));
    }
}
