using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>A join of fact type T4 to a partial match of 3 facts, waiting for its key.</summary>
public sealed class Join3<T1, T2, T3, T4>
    where T1 : class
    where T2 : class
    where T3 : class
    where T4 : class
{
    private readonly RuleBuilder _rule;
    private readonly Slot<T1> _s1;
    private readonly Slot<T2> _s2;
    private readonly Slot<T3> _s3;
    private readonly Func<T4, bool>? _filter;

    internal Join3(RuleBuilder rule, Slot<T1> s1, Slot<T2> s2, Slot<T3> s3, Func<T4, bool>? filter)
    {
        _rule = rule;
        _s1 = s1;
        _s2 = s2;
        _s3 = s3;
        _filter = filter;
    }

    /// <summary>Pairs facts whose keys are equal (a hash join); a null key pairs with nothing.</summary>
    public Pattern<T1, T2, T3, T4> On<TKey>(Func<T1, T2, T3, TKey> leftKey, Func<T4, TKey> rightKey)
    {
        var s1 = _s1;
        var s2 = _s2;
        var s3 = _s3;
        var level = _rule.AddJoin(JoinKind.Join, _filter, new LeftKey<TKey>(t => leftKey(s1.Read(t), s2.Read(t), s3.Read(t))), rightKey);
        return new Pattern<T1, T2, T3, T4>(_rule, s1, s2, s3, new Slot<T4>(level));
    }

    /// <summary>Pairs with every fact of the type (for singletons such as the threshold set).</summary>
    public Pattern<T1, T2, T3, T4> All() => On((_, __, ___) => NoKey.Value, _ => NoKey.Value);
}
