namespace Requisition.Rules.Engine.Runtime;

/// <summary>The agenda: activations by priority, then in the order their matches arose.</summary>
public sealed partial class RuleSession
{
    private readonly PriorityQueue<Activation, Activation> _agenda = new(AgendaOrder.Instance);
    private readonly List<AggregateNode> _dirtyAggregates = [];
    private readonly bool[] _aggregateDirty;

    internal long NextSequence() => _sequence++;

    internal void Schedule(Activation activation) => _agenda.Enqueue(activation, activation);

    internal void MarkDirty(AggregateNode aggregate)
    {
        if (_aggregateDirty[aggregate.Id]) return;
        _aggregateDirty[aggregate.Id] = true;
        _dirtyAggregates.Add(aggregate);
    }

    private bool TryPop(out Activation activation)
    {
        while (_agenda.TryDequeue(out activation!, out _))
            if (!activation.Deleted) return true;
        return false;
    }

    /// <summary>Publishes aggregate changes that could matter now: those feeding rules at or above the top of the agenda.</summary>
    private void PublishAggregates()
    {
        while (_dirtyAggregates.Count > 0)
        {
            int? top = null;
            while (_agenda.TryPeek(out var head, out _))
            {
                if (!head.Deleted) { top = head.Rule.Info.Priority; break; }
                _agenda.Dequeue();
            }
            var flushed = false;
            for (var i = 0; i < _dirtyAggregates.Count; i++)
            {
                var aggregate = _dirtyAggregates[i];
                if (top is not null && aggregate.Priority < top) continue;
                _dirtyAggregates.RemoveAt(i--);
                _aggregateDirty[aggregate.Id] = false;
                aggregate.Flush(this);
                flushed = true;
            }
            if (!flushed) return;
        }
    }

    /// <summary>Higher priority first; equal priority in the order the matches arose.</summary>
    private sealed class AgendaOrder : IComparer<Activation>
    {
        public static readonly AgendaOrder Instance = new();

        public int Compare(Activation? x, Activation? y)
        {
            var byPriority = y!.Rule.Info.Priority.CompareTo(x!.Rule.Info.Priority);
            return byPriority != 0 ? byPriority : x.Sequence.CompareTo(y.Sequence);
        }
    }
}
