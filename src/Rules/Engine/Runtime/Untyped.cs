using System.Runtime.CompilerServices;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A rule's lambda over typed facts, called with the facts typed as object. The network only ever passes a
/// lambda facts of the types it was declared for, and a reference argument is passed the same way whatever
/// its declared type: so the node calls the lambda itself, with no adapter around it and no cast per fact.
/// </summary>
internal static class Untyped
{
    public static Func<object, TResult> Of<T, TResult>(Func<T, TResult> lambda) where T : class =>
        Unsafe.As<Func<object, TResult>>(lambda);

    public static Func<object, object, bool> Of<T1, T2>(Func<T1, T2, bool> lambda)
        where T1 : class
        where T2 : class =>
        Unsafe.As<Func<object, object, bool>>(lambda);
}
