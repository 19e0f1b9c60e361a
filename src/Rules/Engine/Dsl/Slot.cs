using System.Runtime.CompilerServices;
using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Engine.Dsl;

/// <summary>Where one pattern's fact sits in a partial match, so typed lambdas can read it.</summary>
internal readonly record struct Slot<T>(int Level) where T : class
{
    public T Read(Token token) => Of(token.FactAt(Level)!);

    /// <summary>
    /// The fact as a <typeparamref name="T"/>. A pattern's memory only ever holds facts of its type, so a
    /// checked cast could not fail, and in shared generic code it costs a type lookup on every fact.
    /// </summary>
    public static T Of(object fact) => Unsafe.As<T>(fact);
}
