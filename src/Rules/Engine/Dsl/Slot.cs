using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>Where one pattern's fact sits in a partial match, so typed lambdas can read it.</summary>
internal readonly record struct Slot<T>(int Level)
{
    public T Read(Token token) => (T)token.FactAt(Level)!;
}
