using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Conventions;

/// <summary>Stores a drug code as its text.</summary>
internal sealed class DrugCodeConverter() : ValueConverter<DrugCode, string>(code => code.Value, text => new DrugCode(text));
