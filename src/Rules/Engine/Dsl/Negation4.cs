using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>A NotExists or Exists over fact type T5, after a partial match of 4 facts, waiting for its key.</summary>
public sealed class Negation4<T1, T2, T3, T4, T5>
    where T1 : class
    where T2 : class
    where T3 : class
    where T4 : class
    where T5 : class
{
    private readonly Pattern<T1, T2, T3, T4> _pattern;
    private readonly RuleBuilder _rule;
    private readonly Slot<T1> _s1;
    private readonly Slot<T2> _s2;
    private readonly Slot<T3> _s3;
    private readonly Slot<T4> _s4;
    private readonly Func<T5, bool>? _filter;
    private readonly JoinKind _kind;

    internal Negation4(Pattern<T1, T2, T3, T4> pattern, RuleBuilder rule, Slot<T1> s1, Slot<T2> s2, Slot<T3> s3, Slot<T4> s4, Func<T5, bool>? filter, JoinKind kind)
    {
        _pattern = pattern;
        _rule = rule;
        _s1 = s1;
        _s2 = s2;
        _s3 = s3;
        _s4 = s4;
        _filter = filter;
        _kind = kind;
    }

    public Pattern<T1, T2, T3, T4> On<TKey>(Func<T1, T2, T3, T4, TKey> leftKey, Func<T5, TKey> rightKey, Func<T1, T2, T3, T4, T5, bool>? condition = null)
    {
        var s1 = _s1;
        var s2 = _s2;
        var s3 = _s3;
        var s4 = _s4;
        _rule.AddJoin(_kind, _filter, new LeftKey<TKey>(t => leftKey(s1.Read(t), s2.Read(t), s3.Read(t), s4.Read(t))), rightKey);
        if (condition is not null)
            _rule.AddNegationCondition(new JoinCondition((t, c) => condition(s1.Read(t), s2.Read(t), s3.Read(t), s4.Read(t), Slot<T5>.Of(c))));
        return _pattern;
    }

    public Pattern<T1, T2, T3, T4> All(Func<T1, T2, T3, T4, T5, bool>? condition = null) =>
        On((_, __, ___, ____) => NoKey.Value, _ => NoKey.Value, condition);
}
