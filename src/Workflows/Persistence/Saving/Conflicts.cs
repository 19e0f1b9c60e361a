using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Persistence.Saving;

/// <summary>Recognises, in a failed commit, that someone else acted first on the same workflow instance or task.</summary>
internal static class Conflicts
{
    private const string InstancesTable = "workflow_instances";
    private const string BookmarksTable = "workflow_bookmarks";

    public static WorkflowConflictException? Translate(DbUpdateException failure)
    {
        if (failure is DbUpdateConcurrencyException concurrency)
        {
            foreach (var entry in concurrency.Entries)
            {
                switch (entry.Entity)
                {
                    case WorkflowInstance instance:
                        return new WorkflowConflictException(
                            $"Workflow instance {instance.Id} ({instance.CorrelationId}) was changed by someone else " +
                            $"since revision {instance.Revision} was read.", failure);
                    case Bookmark bookmark when entry.State == EntityState.Deleted:
                        return new WorkflowConflictException(
                            $"Task '{bookmark.Name}' ({bookmark.Id}) was already taken by someone else.", failure);
                    case Bookmark bookmark:
                        return new WorkflowConflictException(
                            $"Bookmark '{bookmark.Name}' ({bookmark.Id}) was claimed or taken by someone else.", failure);
                }
            }
            return null;
        }

        return UniqueViolationTable(failure.InnerException) switch
        {
            InstancesTable => new WorkflowConflictException(
                "An open workflow instance for the same definition and subject was started by someone else.", failure),
            BookmarksTable => new WorkflowConflictException("The bookmark exists already.", failure),
            _ => null,
        };
    }

    /// <summary>The table whose unique key or index a failed write violated, when the provider says so.</summary>
    private static string? UniqueViolationTable(Exception? error) => error switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres => postgres.TableName,
        // SQLite names the columns: "UNIQUE constraint failed: workflow_instances.definition_id, ..."
        SqliteException { SqliteErrorCode: 19 } sqlite when sqlite.Message.Contains("constraint failed: ", StringComparison.Ordinal) =>
            TableOfSqliteMessage(sqlite.Message),
        _ => null,
    };

    private static string? TableOfSqliteMessage(string message)
    {
        if (!message.Contains("UNIQUE", StringComparison.Ordinal)) return null;
        var start = message.IndexOf("constraint failed: ", StringComparison.Ordinal) + "constraint failed: ".Length;
        var dot = message.IndexOf('.', start);
        return dot > start ? message[start..dot] : null;
    }
}
