using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>A NotExists or Exists over fact type T4, after a partial match of 3 facts, waiting for its key.</summary>
public sealed class Negation3<T1, T2, T3, T4>
    where T1 : class
    where T2 : class
    where T3 : class
    where T4 : class
{
    private readonly Pattern<T1, T2, T3> _pattern;
    private readonly RuleBuilder _rule;
    private readonly Slot<T1> _s1;
    private readonly Slot<T2> _s2;
    private readonly Slot<T3> _s3;
    private readonly Func<T4, bool>? _filter;
    private readonly JoinKind _kind;

    internal Negation3(Pattern<T1, T2, T3> pattern, RuleBuilder rule, Slot<T1> s1, Slot<T2> s2, Slot<T3> s3, Func<T4, bool>? filter, JoinKind kind)
    {
        _pattern = pattern;
        _rule = rule;
        _s1 = s1;
        _s2 = s2;
        _s3 = s3;
        _filter = filter;
        _kind = kind;
    }

    public Pattern<T1, T2, T3> On<TKey>(Func<T1, T2, T3, TKey> leftKey, Func<T4, TKey> rightKey, Func<T1, T2, T3, T4, bool>? condition = null)
    {
        var s1 = _s1;
        var s2 = _s2;
        var s3 = _s3;
        _rule.AddJoin(_kind, _filter, new LeftKey<TKey>(t => leftKey(s1.Read(t), s2.Read(t), s3.Read(t))), rightKey);
        if (condition is not null)
            _rule.AddNegationCondition(new JoinCondition((t, c) => condition(s1.Read(t), s2.Read(t), s3.Read(t), Slot<T4>.Of(c))));
        return _pattern;
    }

    public Pattern<T1, T2, T3> All(Func<T1, T2, T3, T4, bool>? condition = null) =>
        On((_, __, ___) => NoKey.Value, _ => NoKey.Value, condition);
}
