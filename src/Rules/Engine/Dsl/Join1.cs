using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>A join of a second fact type, waiting for its key.</summary>
public sealed class Join1<T1, T2>
    where T1 : class
    where T2 : class
{
    private readonly RuleBuilder _rule;
    private readonly Slot<T1> _s1;
    private readonly Func<T2, bool>? _filter;

    internal Join1(RuleBuilder rule, Slot<T1> s1, Func<T2, bool>? filter)
    {
        _rule = rule;
        _s1 = s1;
        _filter = filter;
    }

    /// <summary>Pairs facts whose keys are equal (a hash join); a null key pairs with nothing.</summary>
    public Pattern<T1, T2> On<TKey>(Func<T1, TKey> leftKey, Func<T2, TKey> rightKey)
    {
        var s1 = _s1;
        var level = _rule.AddJoin(JoinKind.Join, _filter, new LeftKey<TKey>(s1.Level, Untyped.Of(leftKey)), rightKey);
        return new Pattern<T1, T2>(_rule, s1, new Slot<T2>(level));
    }

    /// <summary>Pairs with every fact of the type (for singletons such as the threshold set).</summary>
    public Pattern<T1, T2> All() => On(_ => NoKey.Value, _ => NoKey.Value);
}
