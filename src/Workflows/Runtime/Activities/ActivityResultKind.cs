namespace Requisition.Workflows.Runtime.Activities;

public enum ActivityResultKind
{
    Done = 0,
    Wait = 1,
    Branch = 2,
    End = 3,
}
