namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A partial match: a chain of facts from the first pattern to this one. A fact handle is the token of
/// length one. Tokens are deleted lazily: a deleted token stays in memories until a scan drops it.
/// </summary>
internal class Token
{
    // Null, one Token or a List<Token>: most tokens get a single child (a line's one match, a match's one
    // activation), which needs no list.
    private object? _children;

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

    /// <summary>Adds a token built on this one (join, negation, activation); it is deleted with this one.</summary>
    public void AddChild(Token child)
    {
        switch (_children)
        {
            case null:
                _children = child;
                break;
            case List<Token> list:
                list.Add(child);
                break;
            default:
                _children = new List<Token>(4) { (Token)_children, child };
                break;
        }
    }

    /// <summary>The children (null, one <see cref="Token"/> or a list of them), forgotten by this token.</summary>
    public object? TakeChildren()
    {
        var children = _children;
        _children = null;
        return children;
    }

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
        if (_children is List<Token> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var child = list[i];
                if (!child.Deleted && ReferenceEquals(child.Owner, owner)) return child;
            }
            return null;
        }
        return _children is Token { Deleted: false } single && ReferenceEquals(single.Owner, owner) ? single : null;
    }
}
