namespace Requisition.Workflows.Imports;

/// <summary>
/// How to import (opsi impor). <see cref="Edition"/> and <see cref="Source"/> are for FORNAS and DOEN (the edition,
/// edisi, is required there, e.g. "2023"); <see cref="Activate"/> makes the new edition the active one when applied.
/// <see cref="PasswordHash"/> is for users: it turns a generated password into the stored hash (the web host passes its
/// password hasher); the plain passwords come back once in <see cref="ImportResult.Passwords"/>.
/// </summary>
public sealed record ImportOptions(string? Edition = null, string? Source = null, bool Activate = false, Func<string, string>? PasswordHash = null);
