namespace Requisition.Rules.Engine.Dsl;

/// <summary>The key of a join on no key: every fact pairs with every partial match (a single bucket).</summary>
internal readonly record struct NoKey
{
    public static readonly NoKey Value = default;
}
