namespace Requisition.Rules.Engine.Runtime;

/// <summary>Reads a virtual memory's contents back from the session's facts (see <see cref="NodeMemory{TItem}"/>).</summary>
internal interface IRecall<TItem>
{
    /// <summary>How many live facts passed <paramref name="alpha"/>; -1 while the session has never held a fact it could take.</summary>
    int Count(AlphaNode alpha);

    /// <summary>Hands each live fact that passed <paramref name="alpha"/> to <paramref name="add"/>, in insertion order per type.</summary>
    void Recall(AlphaNode alpha, Action<TItem> add);
}
