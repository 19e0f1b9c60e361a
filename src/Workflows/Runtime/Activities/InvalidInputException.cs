namespace Requisition.Workflows.Runtime.Activities;

/// <summary>
/// Thrown by an activity when a person's input cannot be accepted (a quantity missing, a reason not
/// given). The action is refused and nothing of it is staged; unlike any other exception from an
/// activity, it does not fault the instance.
/// </summary>
public sealed class InvalidInputException(string message) : Exception(message);
