namespace Requisition.Workflows.Imports;

/// <summary>Checks one kind of import file against the database and, when it is valid, sets the plan's write.</summary>
internal interface IImporter
{
    /// <summary>Reads the whole file and checks every row; writes nothing (the write is staged by <see cref="ImportPlan.Write"/>).</summary>
    Task CheckAsync(ImportPlan plan);
}
