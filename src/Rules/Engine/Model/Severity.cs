namespace Requisition.Rules.Engine.Model;

/// <summary>How much a flag matters. An error blocks the workflow step; a warning needs an acknowledgement with a reason.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
