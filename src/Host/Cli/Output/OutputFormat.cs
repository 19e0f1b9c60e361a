namespace Requisition.Host.Cli.Output;

public enum OutputFormat
{
    Csv,
    Table,
    Jsonl,
}
