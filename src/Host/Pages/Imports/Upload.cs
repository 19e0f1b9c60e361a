using Requisition.Workflows.Imports;

namespace Requisition.Host.Pages.Imports;

/// <summary>
/// An import page's upload as read (unggahan): its form fields and the file, or why it could not be taken (an Indonesian
/// key of ImportText, with its arguments); <see cref="Forged"/> when the anti-forgery token is missing or wrong.
/// </summary>
public sealed record Upload(IFormCollection? Form, ImportFile? File, string? Problem, object[] Arguments, bool Forged = false);
