namespace Requisition.Workflows.Imports;

/// <summary>The password generated for a new user by a users import (kata sandi awal), shown once and never stored in plain.</summary>
public sealed record IssuedPassword(string UserId, string Password);
