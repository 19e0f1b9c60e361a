namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>The columns of the LPLPO table, in the order the official form prints them.</summary>
internal enum LplpoField
{
    No,
    DrugCode,
    Name,
    Unit,
    Opening,
    Received,
    Supply,
    Used,
    Lost,
    Closing,
    StockoutDays,
    Optimum,
    Requested,
    Given,
    Note,
}
