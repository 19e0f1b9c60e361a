namespace Requisition.Host.Cli.Demo;

/// <summary>The flags one rule raised on the month's LPLPOs, by severity, and how many of them a person acknowledged.</summary>
public sealed record DemoFlagCount(string Rule, int Errors, int Warnings, int Infos, int Acknowledged)
{
    public int Total => Errors + Warnings + Infos;
}
