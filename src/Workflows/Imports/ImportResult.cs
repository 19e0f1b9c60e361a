namespace Requisition.Workflows.Imports;

/// <summary>An applied import (hasil impor): the preview of what was written, and the passwords of new users (once).</summary>
public sealed record ImportResult(ImportPreview Preview, IReadOnlyList<IssuedPassword> Passwords);
