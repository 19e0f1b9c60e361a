using Requisition.Rules.Thresholds;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;

namespace Requisition.Host.Cli.Verbs;

/// <summary>Runs a verb so that bad input ends in a located message on stderr and exit code 2, with nothing on stdout.</summary>
public static class VerbGuard
{
    public const int Ok = 0;
    public const int BadInput = 2;
    public const int InternalError = 1;

    /// <summary>
    /// Runs <paramref name="body"/> against a buffer and copies it to <paramref name="output"/> only on
    /// success, so a failure half-way never leaves partial output behind.
    /// </summary>
    public static int Run(TextWriter output, TextWriter error, Func<TextWriter, int> body)
    {
        var buffer = new StringWriter();
        int code;
        try
        {
            code = body(buffer);
        }
        catch (DataFileException e)
        {
            foreach (var problem in e.Errors) error.WriteLine($"error: {problem}");
            return BadInput;
        }
        catch (Exception e) when (e is ThresholdException or UsageException)
        {
            error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (CommandRejectedException e)
        {
            foreach (var problem in e.Errors) error.WriteLine($"error: {problem}");
            return BadInput;
        }
        catch (Exception e) when (e is AccessDeniedException or NotFoundException or WorkflowConflictException
                                      or TaskNotFoundException or ActionNotAllowedException or InvalidOutcomeException)
        {
            error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault of ours, not of the input: say so plainly, keep stdout clean, and leave the trace for a report.
            error.WriteLine($"internal error: {e.Message}");
            error.WriteLine(e.StackTrace);
            return InternalError;
        }
        output.Write(buffer.ToString());
        output.Flush();
        return code;
    }
}
