using System.Text;
using Microsoft.EntityFrameworkCore;
using Requisition.Host.Cli;
using Requisition.Host.Cli.Cycle;
using Requisition.Host.Cli.Demo;
using Requisition.Host.Web.Accounts;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Seeding;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web.Demo;

/// <summary>
/// The demo district of a first start: the same district as the <c>demo</c> verb, with the month before last played
/// through (so there is history, an SBBK and receipts to look at) and last month's LPLPOs drafted and waiting for the
/// pharmacists. Every user gets a generated password; one user per role is printed, all are written to a file
/// next to the database that only its owner can read. No password is ever in the repository.
/// </summary>
public sealed class DemoSeeder(AccountService accounts, IClock clock, ILogger<DemoSeeder> log)
{
    public async Task SeedAsync(CycleHost host, WebSettings settings, CancellationToken cancellationToken)
    {
        var today = host.LocalDate(clock.Now);
        var current = Period.Of(today);
        var reported = current.AddMonths(-1);
        var played = reported.AddMonths(-1);
        log.LogInformation("Empty database: seeding the demo district ({Puskesmas} puskesmas), playing {Played} and opening {Reported}",
            settings.DemoPuskesmas, played, reported);

        var fornas = ReferenceData.Fornas();
        var catalog = DemoCatalog.Build(CsvTable.Load(Path.Combine(ReferenceData.Folder, DemoCatalog.ItemsFile)), fornas);
        var district = await DistrictSeeder.SeedAsync(host.Database, DemoDistrict.Plan(settings.DemoPuskesmas, played, catalog, fornas), cancellationToken);

        var seedClock = new SettableClock(At(reported.FirstDay));
        var seedHost = CycleHosting.Load(host.Database, seedClock);
        await MonthDriver.RunAsync(seedHost, seedClock, district, played);
        seedClock.Now = At(current.FirstDay);
        var ifk = new Actor(district.IfkOfficer, CycleRoles.IfkOfficer, district.IfkId);
        await seedHost.Lplpo.StartMonthAsync(ifk, new StartMonthInput(reported.ToString()), cancellationToken);

        var credentials = await SetPasswordsAsync(host, cancellationToken);
        Print(district, credentials, settings);
    }

    private static DateTimeOffset At(DateOnly day) => new(day.Year, day.Month, day.Day, 8, 0, 0, TimeSpan.FromHours(7));

    private async Task<IReadOnlyDictionary<string, string>> SetPasswordsAsync(CycleHost host, CancellationToken cancellationToken)
    {
        await using var db = host.Database.CreateDbContext();
        var users = await db.Users.AsNoTracking().Select(u => u.Id).OrderBy(u => u).ToListAsync(cancellationToken);
        var passwords = users.ToDictionary(u => u, _ => Passwords.New(), StringComparer.Ordinal);
        await accounts.SetPasswordsAsync(host.Database, passwords, cancellationToken);
        return passwords;
    }

    private void Print(SeededDistrict district, IReadOnlyDictionary<string, string> passwords, WebSettings settings)
    {
        var first = district.Puskesmas[0];
        var shown = new (string Role, string User)[]
        {
            (CycleRoles.Pharmacist, first.Pharmacist),
            (CycleRoles.Head, first.Head),
            (CycleRoles.Staff, first.Staff),
            (CycleRoles.SubUnit, first.SubUnits[0].User),
            (CycleRoles.IfkOfficer, district.IfkOfficer),
            (CycleRoles.Administrator, district.Administrator),
        };
        var file = settings.DemoCredentialsFile is { Length: > 0 } named ? Path.GetFullPath(named) : settings.DatabaseFile() + ".demo-users.txt";
        var text = new StringBuilder();
        text.AppendLine("Requisition demo district: sign-in names and passwords (generated on first start; change or delete them).");
        foreach (var (user, password) in passwords) text.AppendLine($"{user}\t{password}");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // Created readable by its owner only from the first byte (never world-readable, even for a moment).
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(file, System.Text.Encoding.UTF8, options)) writer.Write(text.ToString());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var console = new StringBuilder();
        console.AppendLine();
        console.AppendLine("Demo district seeded. Sign in as (one user per role):");
        foreach (var (role, user) in shown) console.AppendLine($"  {role,-14} {user,-32} {passwords[user]}");
        console.AppendLine($"Every demo user's password is in {file}");
        Console.Out.Write(console.ToString());
        log.LogInformation("Demo users' passwords written to {File}", file);
    }
}
