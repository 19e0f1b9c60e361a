namespace Requisition.Workflows.DataFiles;

/// <summary>The names of the files <see cref="CheckDataLoader"/> looks for in a folder (matched ignoring case).</summary>
public static class DataFileNames
{
    public const string Formulary = "formulary.csv";
    public const string History = "history.csv";
    public const string Lplpo = "lplpo.csv";
    public const string Batches = "batches.csv";
    public const string Rko = "rko.csv";
    public const string Shipments = "shipments.csv";
    public const string Receipts = "receipts.csv";
    public const string Budget = "budget.csv";
    public const string Fornas = "fornas.csv";
    public const string Doen = "doen.csv";

    /// <summary>In the order they are read (the formulary first: the other files are checked against it).</summary>
    public static readonly IReadOnlyList<string> All =
        [Formulary, History, Lplpo, Batches, Rko, Shipments, Receipts, Budget, Fornas, Doen];
}
