using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Conventions;

/// <summary>Stores a facility code as its text.</summary>
internal sealed class FacilityIdConverter() : ValueConverter<FacilityId, string>(id => id.Value, text => new FacilityId(text));
