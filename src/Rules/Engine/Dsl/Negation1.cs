using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>A NotExists or Exists over a second fact type, waiting for its key.</summary>
public sealed class Negation1<T1, T2>
    where T1 : class
    where T2 : class
{
    private readonly Pattern<T1> _pattern;
    private readonly RuleBuilder _rule;
    private readonly Slot<T1> _s1;
    private readonly Func<T2, bool>? _filter;
    private readonly JoinKind _kind;

    internal Negation1(Pattern<T1> pattern, RuleBuilder rule, Slot<T1> s1, Func<T2, bool>? filter, JoinKind kind)
    {
        _pattern = pattern;
        _rule = rule;
        _s1 = s1;
        _filter = filter;
        _kind = kind;
    }

    public Pattern<T1> On<TKey>(Func<T1, TKey> leftKey, Func<T2, TKey> rightKey, Func<T1, T2, bool>? condition = null)
    {
        var s1 = _s1;
        _rule.AddJoin(_kind, _filter, new LeftKey<TKey>(s1.Level, Untyped.Of(leftKey)), rightKey);
        if (condition is not null)
        {
            _rule.AddNegationCondition(new JoinCondition(s1.Level, Untyped.Of(condition)));
        }
        return _pattern;
    }

    public Pattern<T1> All(Func<T1, T2, bool>? condition = null) => On(_ => NoKey.Value, _ => NoKey.Value, condition);
}
