using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>A partial match of 4 facts.</summary>
public sealed class Pattern<T1, T2, T3, T4>
    where T1 : class
    where T2 : class
    where T3 : class
    where T4 : class
{
    private readonly RuleBuilder _rule;
    private readonly Slot<T1> _s1;
    private readonly Slot<T2> _s2;
    private readonly Slot<T3> _s3;
    private readonly Slot<T4> _s4;

    internal Pattern(RuleBuilder rule, Slot<T1> s1, Slot<T2> s2, Slot<T3> s3, Slot<T4> s4)
    {
        _rule = rule;
        _s1 = s1;
        _s2 = s2;
        _s3 = s3;
        _s4 = s4;
    }

    public Pattern<T1, T2, T3, T4> Where(Func<T1, T2, T3, T4, bool> predicate)
    {
        var s1 = _s1;
        var s2 = _s2;
        var s3 = _s3;
        var s4 = _s4;
        if (_rule.IsJoinedAt(s4.Level))
            _rule.AddJoinCondition(new JoinCondition((t, c) => predicate(s1.Read(t), s2.Read(t), s3.Read(t), Slot<T4>.Of(c))));
        else
            _rule.AddFilter(t => predicate(s1.Read(t), s2.Read(t), s3.Read(t), s4.Read(t)));
        return this;
    }

    public Negation4<T1, T2, T3, T4, T5> NotExists<T5>(Func<T5, bool>? filter = null) where T5 : class => new(this, _rule, _s1, _s2, _s3, _s4, filter, JoinKind.NotExists);

    public Negation4<T1, T2, T3, T4, T5> Exists<T5>(Func<T5, bool>? filter = null) where T5 : class => new(this, _rule, _s1, _s2, _s3, _s4, filter, JoinKind.Exists);

    public void Then(Action<RuleContext, T1, T2, T3, T4> action)
    {
        var s1 = _s1;
        var s2 = _s2;
        var s3 = _s3;
        var s4 = _s4;
        _rule.SetAction((ctx, t) => action(ctx, s1.Read(t), s2.Read(t), s3.Read(t), s4.Read(t)));
    }
}
