namespace Requisition.Host.Cli.Verbs;

/// <summary>An option value the verb cannot use; the message names the option.</summary>
public sealed class UsageException(string message) : Exception(message);
