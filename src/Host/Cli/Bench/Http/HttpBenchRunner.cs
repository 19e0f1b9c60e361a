using System.Diagnostics;
using System.Text.RegularExpressions;
using Requisition.Host.Cli.Bench.Cycle;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Demo;
using Requisition.Rules.Engine.Model;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Cli.Bench.Http;

/// <summary>
/// Issue 4, section 5: the web app over HTTP on loopback against SQLite. Seeds the bench district (40 puskesmas x 300
/// items by default), starts the server, starts the month and gives each pharmacist an API token. Then, round after round,
/// each pharmacist saves the draft, asks for the check and submits with the warnings acknowledged; only the submit
/// request is timed (the rules and the writes are in it). Between rounds the IFK returns every LPLPO for revision
/// (untimed), so 5 rounds of 40 make 200 submissions. An untimed round goes first unless told otherwise, so the rounds
/// measured run on warm code, as in a server that has been up a while. Last, the IFK officer signs in with the form and
/// the queue page (every LPLPO of the district submitted) is fetched a few times untimed, then timed.
/// </summary>
public static partial class HttpBenchRunner
{
    private const string AckReason = "Checked against the stock card; noted for the review meeting.";

    public static async Task<HttpBenchResult> RunAsync(HttpBenchOptions options, TextWriter progress)
    {
        progress.WriteLine($"bench-http: seeding {options.Puskesmas} puskesmas x {options.Items} items into a new SQLite file and starting the server ...");
        await using var server = await HttpBenchServer.StartAsync(options);
        var district = server.District;
        var cycle = server.Cycle;
        var ifk = new Actor(district.IfkOfficer, CycleRoles.IfkOfficer, district.IfkId);
        var admin = new Actor(district.Administrator, CycleRoles.Administrator, null);
        var month = await cycle.Lplpo.StartMonthAsync(ifk, new StartMonthInput(BenchDistrict.Month.ToString()));
        var tokens = server.Services.GetRequiredService<ApiTokenService>();
        var pharmacistTokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pkm in district.Puskesmas)
            pharmacistTokens[pkm.Id] = (await tokens.IssueAsync(admin, $"bench {pkm.Pharmacist}", pkm.Pharmacist, CycleRoles.Pharmacist, pkm.Id, null)).Secret;
        var ifkToken = (await tokens.IssueAsync(admin, "bench ifk", ifk.UserId, CycleRoles.IfkOfficer, ifk.FacilityId, null)).Secret;
        progress.WriteLine($"bench-http: server at {server.Address}, {month.Lplpos.Count} LPLPOs drafted");

        using var client = new BenchClient(server.Address);
        var random = new Random(7);
        var warmupRounds = options.Warmup ? 1 : 0;
        var submitTimes = new List<double>();
        long flags = 0, acknowledged = 0;
        var lines = 0;
        var gcBefore = GcCounts.Now();
        for (var round = 1; round <= warmupRounds + options.Rounds; round++)
        {
            var timed = round > warmupRounds;
            if (timed && submitTimes.Count == 0) gcBefore = GcCounts.Now();
            progress.WriteLine($"bench-http: round {round} of {warmupRounds + options.Rounds}{(timed ? "" : " (warm-up, untimed)")} ...");
            foreach (var lplpo in month.Lplpos)
            {
                var token = pharmacistTokens[lplpo.FacilityId];
                var path = $"/api/v1/lplpos/{lplpo.LplpoId}";
                var view = await client.GetAsync<LplpoView>(token, path);
                lines = view.Lines.Count;
                var draft = new SaveDraftInput(view.Lines.Select(l => UseOf(l, random)).ToList());
                await client.SendAsync<LplpoActionResult>(HttpMethod.Put, token, path + "/draft", draft);
                var check = await client.GetAsync<List<FlagView>>(token, path + "/check");
                if (check.FirstOrDefault(f => f.Severity == Severity.Error) is { } error)
                    throw new InvalidOperationException($"LPLPO {lplpo.LplpoId} cannot be submitted: {error}");
                var acks = check.Where(f => f.Severity == Severity.Warning).Select(f => f.Rule).Distinct()
                    .Select(rule => new Acknowledgement(rule, null, null, AckReason)).ToList();

                var (result, milliseconds) = await client.TimedAsync<LplpoActionResult>(HttpMethod.Post, token, path + "/submit", new SubmitInput(acks));
                if (result.Status != "submitted") throw new InvalidOperationException($"LPLPO {lplpo.LplpoId} is {result.Status} after its submit");
                if (timed)
                {
                    submitTimes.Add(milliseconds);
                    flags += result.Flags.Count;
                    acknowledged += acks.Count;
                }
                if (round < warmupRounds + options.Rounds)
                    await client.SendAsync<LplpoActionResult>(HttpMethod.Post, ifkToken, path + "/review",
                        new ReviewInput(ReviewInput.Return, "Benchmark: returned for another round of submission."));
            }
        }
        var submitGc = GcCounts.Now() - gcBefore;

        progress.WriteLine($"bench-http: the IFK queue page, {HttpBenchOptions.QueueWarmupRequests} untimed then {options.QueueRequests} timed requests ...");
        var password = Passwords.New();
        await server.Services.GetRequiredService<AccountService>().SetPasswordsAsync(cycle.Database, new Dictionary<string, string> { [ifk.UserId] = password });
        using var browser = await BenchClient.SignInAsync(server.Address, ifk.UserId, password);
        var (rows, bytes) = (0, 0);
        for (var i = 0; i < HttpBenchOptions.QueueWarmupRequests; i++)
            (rows, bytes) = await QueuePageAsync(browser);
        if (rows < month.Lplpos.Count)
            throw new InvalidOperationException($"the queue page lists {rows} LPLPOs; {month.Lplpos.Count} are submitted");
        var queueTimes = new List<double>();
        for (var i = 0; i < options.QueueRequests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await QueuePageAsync(browser);
            queueTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return new HttpBenchResult(options.Puskesmas, options.Items, server.Address, server.File, options.Keep, server.SeedSeconds, options.Rounds,
            warmupRounds * month.Lplpos.Count, lines, submitTimes.Count == 0 ? 0 : (double)flags / submitTimes.Count,
            submitTimes.Count == 0 ? 0 : (double)acknowledged / submitTimes.Count, submitTimes, submitGc, rows, bytes, queueTimes, server.SizeBytes());
    }

    /// <summary>The month's use of a line: about half the optimum stock, never more than the supply (as <c>bench-cycle</c> types it).</summary>
    private static DraftLine UseOf(LplpoLineView line, Random random)
    {
        var available = line.Opening + line.Received - line.Lost;
        var typical = line.Optimum is > 0 ? line.Optimum.Value / 2 : available / 2;
        var used = Math.Min(available, (long)Math.Round(typical * (0.8 + random.NextDouble() * 0.4)));
        var stockout = used == available && available > 0 && typical > available ? 1 + random.Next(5) : 0;
        return new DraftLine(line.DrugCode, Used: used, Closing: available - used, StockoutDays: stockout);
    }

    /// <summary>GETs the queue page and reads it whole; answers how many LPLPO rows it lists and its size.</summary>
    private static async Task<(int Rows, int Bytes)> QueuePageAsync(HttpClient browser)
    {
        var response = await browser.GetAsync("/Ifk/Queue");
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET /Ifk/Queue answered {(int)response.StatusCode}");
        return (QueueRow().Count(html), html.Length);
    }

    [GeneratedRegex("<tr[^>]*\\sdata-lplpo=\"")]
    private static partial Regex QueueRow();
}
