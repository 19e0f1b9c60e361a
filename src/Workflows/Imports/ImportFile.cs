namespace Requisition.Workflows.Imports;

/// <summary>
/// The uploaded file (berkas unggahan): its name as the user gave it (its extension picks CSV or .xlsx for an LPLPO,
/// and it names the file in every error) and its bytes.
/// </summary>
public sealed record ImportFile(string FileName, byte[] Content);
