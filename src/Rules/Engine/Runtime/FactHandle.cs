namespace Requisition.Rules.Engine.Runtime;

/// <summary>A fact in a session. An update retires the handle and gives the fact a new one.</summary>
internal sealed class FactHandle : Token
{
    public FactHandle(object fact) : base(null, null, null)
    {
        Fact = fact;
        Handle = this;
    }

    public object Fact { get; }

    /// <summary>Which of its type route's alpha memories took the fact, one bit per memory.</summary>
    public ulong AlphaMask { get; set; }

    /// <summary>The activation that inserted this fact as linked, so it is retracted when that match ends.</summary>
    public Activation? LinkedTo { get; set; }

    /// <summary>A group published by an aggregate: not routed by type, not visible to Query.</summary>
    public bool IsGroup { get; init; }
}
