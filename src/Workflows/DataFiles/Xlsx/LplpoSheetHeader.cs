using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>The header block of the official LPLPO form (kop LPLPO): which puskesmas reports, for which month, to whom.</summary>
/// <param name="FacilityCode">Kode puskesmas, e.g. "PKM-CIBEBER".</param>
/// <param name="FacilityName">Nama puskesmas as printed; empty when the sheet leaves it out.</param>
/// <param name="Period">Periode, the reported month.</param>
/// <param name="DistrictName">Kabupaten/kota, when given.</param>
/// <param name="SupplierName">Dikirim ke: the IFK (instalasi farmasi kabupaten/kota) the form goes to, when given.</param>
public sealed record LplpoSheetHeader(string FacilityCode, string FacilityName, Period Period, string? DistrictName, string? SupplierName);
