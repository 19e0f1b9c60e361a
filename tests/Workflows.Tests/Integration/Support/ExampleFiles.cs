namespace Requisition.Workflows.Tests.Integration.Support;

/// <summary>The committed example definitions, as copied next to the test assembly (a host loads them from its own folder).</summary>
internal static class ExampleFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "workflows", "examples");

    public static string ApprovalV1 => File.ReadAllText(Path.Combine(Folder, "approval.v1.json"));

    public static string ApprovalV2 => File.ReadAllText(Path.Combine(Folder, "approval.v2.json"));
}
