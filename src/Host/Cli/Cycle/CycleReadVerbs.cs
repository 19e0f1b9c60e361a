using System.CommandLine;
using Requisition.Host.Cli.Verbs;

namespace Requisition.Host.Cli.Cycle;

/// <summary>The <c>cycle</c> sub-verbs that only read: tasks, list, show, journal, check, suggest.</summary>
public static class CycleReadVerbs
{
    public static IEnumerable<Command> Create(TextWriter output, TextWriter error)
    {
        var tasksFormat = Options.Format("table", "table", "csv");
        yield return CycleVerb.Create("tasks", "The user's open tasks: the LPLPO, the task, the facility, the document and when it is due.", output, error,
            [tasksFormat],
            async (session, parse, writer) => CycleOutput.Tasks(writer, session, await session.Host.Queries.TasksAsync(session.Actor), Csv(parse, tasksFormat)));

        var open = new Option<bool>("--open") { Description = "Only instances still running (not completed or cancelled)." };
        var listFormat = Options.Format("table", "table", "csv");
        yield return CycleVerb.Create("list", "Workflow instances visible to the user (their facility's and those it supplies), newest first.", output, error,
            [open, listFormat],
            async (session, parse, writer) =>
                CycleOutput.Instances(writer, session, await session.Host.Queries.InstancesAsync(session.Actor, parse.GetValue(open)), Csv(parse, listFormat)));

        var showId = LplpoId();
        yield return CycleVerb.Create("show", "One LPLPO: header, lines, what was given per funding source, flags and the SBBK.", output, error,
            [showId],
            async (session, parse, writer) => CycleOutput.Lplpo(writer, session, await session.Host.Queries.LplpoAsync(session.Actor, parse.GetValue(showId))));

        var instance = new Argument<string>("INSTANCE_ID") { Description = "The workflow instance (as `cycle list` shows it)." };
        yield return CycleVerb.Create("journal", "What happened to a workflow instance: each step, who, the outcome, the flags and thresholds.", output, error,
            [instance],
            async (session, parse, writer) =>
            {
                var id = CycleArguments.InstanceId(parse.GetValue(instance)!);
                CycleOutput.Journal(writer, session, id, await session.Host.Queries.JournalAsync(session.Actor, id));
            });

        var checkId = LplpoId();
        yield return CycleVerb.Create("check", "What the rules of an LPLPO's next step would raise now (nothing is stored): see what to acknowledge before acting.", output, error,
            [checkId],
            async (session, parse, writer) =>
            {
                var id = parse.GetValue(checkId);
                CycleOutput.Check(writer, id, await session.Host.Lplpo.CheckAsync(session.Actor, id));
            });

        yield return CycleVerb.Create("suggest", "Proportional shares of the items the supplier cannot give in full to every submitted LPLPO.", output, error,
            [],
            async (session, _, writer) => CycleOutput.Suggestions(writer, await session.Host.Lplpo.SuggestAllocationAsync(session.Actor)));
    }

    public static Argument<long> LplpoId() => new("LPLPO_ID") { Description = "The LPLPO's number (as `cycle tasks` shows it)." };

    private static bool Csv(ParseResult parse, Option<string> format) => parse.GetValue(format) == "csv";
}
