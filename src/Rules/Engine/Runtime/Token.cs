namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A partial match: a chain of facts from the first pattern to this one. A fact handle is the token of
/// length one. Tokens are deleted lazily: a deleted token stays in memories until a scan drops it.
/// </summary>
internal class Token
{
    public Token(Token? parent, FactHandle? handle, object? owner)
    {
        Parent = parent;
        Handle = handle;
        Owner = owner;
        Level = parent is null ? 1 : parent.Level + 1;
    }

    public Token? Parent { get; }

    /// <summary>The fact this token adds; null for a NotExists/Exists element or an activation.</summary>
    public FactHandle? Handle { get; protected set; }

    /// <summary>The node that made this token (to find a node's own child of a partial match).</summary>
    public object? Owner { get; }

    public int Level { get; protected init; }

    public bool Deleted { get; set; }

    /// <summary>Tokens built on this one (joins, negations, activations); deleted with it.</summary>
    public List<Token>? Children { get; set; }

    public void AddChild(Token child) => (Children ??= new List<Token>(2)).Add(child);

    /// <summary>The fact at a level (1 = first pattern) of this partial match.</summary>
    public object? FactAt(int level)
    {
        var token = this;
        while (token.Level > level) token = token.Parent!;
        return token.Handle?.Fact;
    }

    /// <summary>This token's live child made by <paramref name="owner"/>, if any.</summary>
    public Token? ChildOf(object owner)
    {
        var children = Children;
        if (children is null) return null;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (!child.Deleted && ReferenceEquals(child.Owner, owner)) return child;
        }
        return null;
    }
}
