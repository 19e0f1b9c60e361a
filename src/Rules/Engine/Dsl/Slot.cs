using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>Where one pattern's fact sits in a partial match, so typed lambdas can read it.</summary>
internal readonly record struct Slot<T>(int Level)
{
    /// <summary>Reads the fact from a token, or from the candidate right-hand fact when it is the one at this level.</summary>
    public T Read(Token left, object? candidate, int candidateLevel) =>
        Level == candidateLevel ? (T)candidate! : (T)left.FactAt(Level)!;

    public T Read(Token token) => (T)token.FactAt(Level)!;
}
