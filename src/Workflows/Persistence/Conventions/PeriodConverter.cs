using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Conventions;

/// <summary>Stores a period as <c>YYYY-MM</c>, which sorts and compares like the period itself.</summary>
internal sealed class PeriodConverter() : ValueConverter<Period, string>(period => period.ToString(), text => Period.Parse(text));
