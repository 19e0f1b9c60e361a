using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>A join of fact type T3 to a partial match of 2 facts, waiting for its key.</summary>
public sealed class Join2<T1, T2, T3>
    where T1 : class
    where T2 : class
    where T3 : class
{
    private readonly RuleBuilder _rule;
    private readonly Slot<T1> _s1;
    private readonly Slot<T2> _s2;
    private readonly Func<T3, bool>? _filter;

    internal Join2(RuleBuilder rule, Slot<T1> s1, Slot<T2> s2, Func<T3, bool>? filter)
    {
        _rule = rule;
        _s1 = s1;
        _s2 = s2;
        _filter = filter;
    }

    /// <summary>Pairs facts whose keys are equal (a hash join); a null key pairs with nothing.</summary>
    public Pattern<T1, T2, T3> On<TKey>(Func<T1, T2, TKey> leftKey, Func<T3, TKey> rightKey)
    {
        var s1 = _s1;
        var s2 = _s2;
        var level = _rule.AddJoin(JoinKind.Join, _filter, new LeftKey<TKey>(t => leftKey(s1.Read(t), s2.Read(t))), rightKey);
        return new Pattern<T1, T2, T3>(_rule, s1, s2, new Slot<T3>(level));
    }

    /// <summary>Pairs with every fact of the type (for singletons such as the threshold set).</summary>
    public Pattern<T1, T2, T3> All() => On((_, __) => NoKey.Value, _ => NoKey.Value);
}
