using System.CommandLine;
using Requisition.Host.Cli.Cycle;
using Requisition.Host.Cli.Import;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Cli.Verbs;

/// <summary>
/// <c>import KIND FILE</c>: brings a file into the district's database as a user (impor data): previews it with progress,
/// prints what it would add and change, and writes it in one transaction once confirmed (<c>[y/N]</c> on standard
/// input, <c>--yes</c>), or never (<c>--dry-run</c>). The same import service as the web app's upload.
/// </summary>
public static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error, TextReader? input = null)
    {
        var kind = new Argument<string>("KIND") { Description = $"What the file holds: {string.Join(", ", ImportKinds.All.Select(ImportKinds.Name))}." };
        var file = new Argument<string>("FILE") { Description = "The file: CSV (the layouts of docs/data-formats.md), the e-Fornas CSV, or an LPLPO workbook (.xlsx)." };
        var database = new DatabaseChoice("The district's SQLite file.");
        var user = new Option<string>("--as") { HelpName = "USER", Description = "The user to act as (an administrator; for an LPLPO, the puskesmas's pharmacist).", Required = true };
        var role = new Option<string?>("--role") { HelpName = "ROLE", Description = $"The role to act in when the user holds several: {string.Join(", ", CycleRoles.All)}." };
        var at = new Option<string?>("--at") { HelpName = "FACILITY", Description = "The facility to act for when the user holds the role at several." };
        var edition = new Option<string?>("--edition") { HelpName = "EDITION", Description = "FORNAS or DOEN: the edition the file is (required for them), e.g. 2023." };
        var source = new Option<string?>("--source") { HelpName = "SOURCE", Description = "FORNAS or DOEN: where the file comes from, e.g. e-fornas.kemkes.go.id." };
        var activate = new Option<bool>("--activate") { Description = "FORNAS or DOEN: make the new edition the active one (the matching is re-run)." };
        var yes = new Option<bool>("--yes") { Description = "Write a valid file without asking." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Preview only: write nothing." };
        var command = new Command("import", "Import a file (catalog, facilities, users, stock, history, FORNAS, DOEN, an LPLPO) after a preview.")
        {
            kind, file, user, role, at, edition, source, activate, yes, dryRun,
        };
        database.AddTo(command);
        command.SetAction(parse => VerbGuard.Run(output, error, _ =>
        {
            if (!ImportKinds.TryParse(parse.GetValue(kind), out var chosen))
                throw new UsageException($"KIND: '{parse.GetValue(kind)}' is not one of {string.Join(", ", ImportKinds.All.Select(ImportKinds.Name))}.");
            if (parse.GetValue(yes) && parse.GetValue(dryRun)) throw new UsageException("--yes and --dry-run: give one, not both.");
            var confirmation = parse.GetValue(yes) ? ImportConfirmation.Yes : parse.GetValue(dryRun) ? ImportConfirmation.DryRun : ImportConfirmation.Ask;
            var upload = Read(parse.GetValue(file)!);
            var target = database.Resolve(parse, defaultFile: null, fileMustExist: true);
            var session = CycleSession.OpenAsync(target, parse.GetValue(user)!, parse.GetValue(role), parse.GetValue(at)).GetAwaiter().GetResult();
            var options = new ImportOptions(parse.GetValue(edition), parse.GetValue(source), parse.GetValue(activate));
            // Written straight to standard output (not held back until the end): the person reads the preview before answering.
            return ImportRun.RunAsync(session, target.Description, chosen, upload, options, confirmation, output, error, input ?? Console.In)
                .GetAwaiter().GetResult();
        }));
        return command;
    }

    private static ImportFile Read(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new UsageException("FILE: name the file to import.");
        var info = new FileInfo(path);
        if (!info.Exists) throw new UsageException($"FILE: '{path}' does not exist.");
        if (info.Length > ImportService.MaxBytes)
            throw new UsageException($"FILE: '{path}' is {info.Length / (1024 * 1024)} MB, over the {ImportService.MaxBytes / (1024 * 1024)} MB an import takes.");
        try
        {
            return new ImportFile(info.Name, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"FILE: cannot read '{path}': {e.Message}");
        }
    }
}
