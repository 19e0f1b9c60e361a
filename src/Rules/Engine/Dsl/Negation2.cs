using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>A NotExists or Exists over fact type T3, after a partial match of 2 facts, waiting for its key.</summary>
public sealed class Negation2<T1, T2, T3>
    where T1 : class
    where T2 : class
    where T3 : class
{
    private readonly Pattern<T1, T2> _pattern;
    private readonly RuleBuilder _rule;
    private readonly Slot<T1> _s1;
    private readonly Slot<T2> _s2;
    private readonly Func<T3, bool>? _filter;
    private readonly JoinKind _kind;

    internal Negation2(Pattern<T1, T2> pattern, RuleBuilder rule, Slot<T1> s1, Slot<T2> s2, Func<T3, bool>? filter, JoinKind kind)
    {
        _pattern = pattern;
        _rule = rule;
        _s1 = s1;
        _s2 = s2;
        _filter = filter;
        _kind = kind;
    }

    public Pattern<T1, T2> On<TKey>(Func<T1, T2, TKey> leftKey, Func<T3, TKey> rightKey, Func<T1, T2, T3, bool>? condition = null)
    {
        var s1 = _s1;
        var s2 = _s2;
        _rule.AddJoin(_kind, _filter, new LeftKey<TKey>(t => leftKey(s1.Read(t), s2.Read(t))), rightKey);
        if (condition is not null)
            _rule.AddNegationCondition(new JoinCondition((t, c) => condition(s1.Read(t), s2.Read(t), Slot<T3>.Of(c))));
        return _pattern;
    }

    public Pattern<T1, T2> All(Func<T1, T2, T3, bool>? condition = null) =>
        On((_, __) => NoKey.Value, _ => NoKey.Value, condition);
}
