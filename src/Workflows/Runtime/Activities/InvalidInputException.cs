namespace Requisition.Workflows.Runtime.Activities;

/// <summary>
/// Thrown by an activity when a person's input cannot be accepted (a quantity missing, a reason not
/// given). The action is refused and nothing of it is staged; unlike any other exception from an
/// activity, it does not fault the instance. The application derives its own refusals from it (a rules gate
/// that blocks a transition), so they refuse the action the same way.
/// </summary>
public class InvalidInputException(string message) : Exception(message);
