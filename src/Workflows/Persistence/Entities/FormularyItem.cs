using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>One drug on a facility formulary.</summary>
public sealed class FormularyItem
{
    public long FormularyId { get; set; }

    public DrugCode DrugCode { get; set; }

    /// <summary>The therapeutic class the pharmacist grouped it under (kelas terapi).</summary>
    public string? TherapeuticClass { get; set; }

    /// <summary>Unit price in rupiah (harga satuan) the facility plans with.</summary>
    public decimal UnitPrice { get; set; }
}
