namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// The agenda: activations by priority, then in the order their matches arose. One first-in first-out
/// queue per priority of the rule set does both: matches arise in order, so a queue needs no sorting.
/// </summary>
public sealed partial class RuleSession
{
    private readonly Queue<Activation>?[] _agenda;
    private readonly List<AggregateNode> _dirtyAggregates = [];
    private readonly bool[] _aggregateDirty;

    internal void Schedule(Activation activation) =>
        (_agenda[activation.Rule.AgendaLevel] ??= new Queue<Activation>()).Enqueue(activation);

    internal void MarkDirty(AggregateNode aggregate)
    {
        if (_aggregateDirty[aggregate.Id]) return;
        _aggregateDirty[aggregate.Id] = true;
        _dirtyAggregates.Add(aggregate);
    }

    private bool TryPop(out Activation activation)
    {
        foreach (var queue in _agenda)
        {
            if (queue is null) continue;
            while (queue.TryDequeue(out activation!))
                if (!activation.Deleted) return true;
        }
        activation = null!;
        return false;
    }

    /// <summary>The priority of the next activation to fire, dropping deleted ones from the front; null when none waits.</summary>
    private int? TopPriority()
    {
        for (var level = 0; level < _agenda.Length; level++)
        {
            var queue = _agenda[level];
            if (queue is null) continue;
            while (queue.TryPeek(out var head))
            {
                if (!head.Deleted) return RuleSet.Priorities[level];
                queue.Dequeue();
            }
        }
        return null;
    }

    /// <summary>Publishes aggregate changes that could matter now: those feeding rules at or above the top of the agenda.</summary>
    private void PublishAggregates()
    {
        while (_dirtyAggregates.Count > 0)
        {
            var top = TopPriority();
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
}
