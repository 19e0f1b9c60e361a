using System.Globalization;

namespace Requisition.Host.Tests.Cli;

/// <summary>The <c>cycle</c> verbs act on a seeded district's workflows as its users, and refuse bad input with exit 2.</summary>
public sealed class CycleVerbTests
{
    private static readonly string Month = CycleTestDistrict.Month.ToString();

    [Fact]
    public async Task Cycle_MonthFromStartToReceipt_RunsThroughTheVerbsAsTheDistrictsUsers()
    {
        using var district = await CycleTestDistrict.CreateAsync();

        // The IFK starts the month; the pharmacist finds the LPLPO among their tasks.
        var started = await district.RunAsync("cycle", "start-month", "--as", district.Ifk, "--period", Month);
        CliAssert.Succeeded(started);
        Assert.Contains("2 LPLPO(s)", started.Output, StringComparison.Ordinal);
        var tasks = await district.RunAsync("cycle", "tasks", "--as", district.Pharmacist, "--format", "csv");
        CliAssert.Succeeded(tasks);
        var task = Assert.Single(tasks.CsvRows());
        Assert.Equal("submit-lplpo", task["task"]);
        var id = task["lplpo_id"];

        // Submitting is refused until the warnings are acknowledged (the catalog holds an item not on FORNAS).
        var refused = await district.RunAsync("cycle", "submit", id, "--as", district.Pharmacist);
        CliAssert.BadInput(refused, "error: flags.NOT_ON_FORNAS.OBT-006: ");
        var rules = CycleTestDistrict.AcknowledgeableRules(refused);
        Assert.Contains("NOT_ON_FORNAS", rules);
        var submitted = await district.RunAsync(["cycle", "submit", id, "--as", district.Pharmacist, .. rules.SelectMany(r => new[] { "--ack", $"{r}=Dicek dengan kartu stok" })]);
        CliAssert.Succeeded(submitted);
        Assert.StartsWith($"LPLPO {id} submitted: now submitted; waiting for review-lplpo", submitted.Output, StringComparison.Ordinal);

        // The IFK approves with one line cut, a reason category and a remark.
        var lines = CycleTestDistrict.Table(await district.RunAsync("cycle", "show", id, "--as", district.Ifk), "DRUG");
        var cut = lines.MaxBy(l => long.Parse(l["REQUESTED"], CultureInfo.InvariantCulture))!;
        var requested = long.Parse(cut["REQUESTED"], CultureInfo.InvariantCulture);
        Assert.True(requested > 0, "the seeded district should request something");
        var given = requested / 2;
        var reviewed = await district.RunAcknowledgingAsync("cycle", "review", id, "--as", district.Ifk, "--approve",
            "--line", $"{cut["DRUG"]}={given}:stock-sufficient", "--reason", "Stok puskesmas masih cukup");
        CliAssert.Succeeded(reviewed);
        Assert.StartsWith($"LPLPO {id} approved: now approved; waiting for ship-lplpo", reviewed.Output, StringComparison.Ordinal);

        // The IFK ships; the pharmacist rejects one damaged unit, which needs the receipt warning acknowledged.
        var shipped = await district.RunAcknowledgingAsync("cycle", "ship", id, "--as", district.Ifk);
        CliAssert.Succeeded(shipped);
        Assert.Contains("SBBK SBBK/", shipped.Output, StringComparison.Ordinal);
        var sbbk = CycleTestDistrict.Table(await district.RunAsync("cycle", "show", id, "--as", district.Pharmacist), "LINE")[0];
        var reject = new[] { "cycle", "receive", id, "--as", district.Pharmacist, "--reject", $"{sbbk["LINE"]}=1:Kemasan rusak" };
        var unacknowledged = await district.RunAsync(reject);
        CliAssert.BadInput(unacknowledged, $"error: flags.RECEIPT_MISMATCH.{sbbk["DRUG"]}: ");
        var received = await district.RunAsync([.. reject, "--ack", "RECEIPT_MISMATCH=Kemasan rusak, dicatat di berita acara"]);
        CliAssert.Succeeded(received);
        Assert.StartsWith($"LPLPO {id} received: now closed; nothing more to do", received.Output, StringComparison.Ordinal);

        var closed = await district.RunAsync("cycle", "show", id, "--as", district.Pharmacist);
        var line = CycleTestDistrict.Table(closed, "DRUG").Single(l => l["DRUG"] == cut["DRUG"]);
        Assert.Equal(given.ToString(CultureInfo.InvariantCulture), line["GIVEN"]);
        Assert.Equal("stock-sufficient", line["REASON"]);
        Assert.Equal("Stok puskesmas masih cukup", line["NOTE"]);
        var receipt = CycleTestDistrict.Table(closed, "LINE").Single(l => l["LINE"] == sbbk["LINE"]);
        Assert.Equal((long.Parse(sbbk["SHIPPED"], CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture), receipt["ACCEPTED"]);
        Assert.Equal("1", receipt["REJECTED"]);
        Assert.Equal("Kemasan rusak", receipt["REASON"]);
    }

    [Fact]
    public async Task Journal_OfASubmittedLplpo_ListsWhoActedAndHow()
    {
        using var district = await CycleTestDistrict.CreateAsync();
        await district.RunAsync("cycle", "start-month", "--as", district.Ifk, "--period", Month);
        var id = (await district.RunAsync("cycle", "tasks", "--as", district.Pharmacist, "--format", "csv")).CsvRows()[0]["lplpo_id"];
        await district.RunAcknowledgingAsync("cycle", "submit", id, "--as", district.Pharmacist);
        var instance = (await district.RunAsync("cycle", "list", "--open", "--as", district.Pharmacist, "--format", "csv")).CsvRows()
            .Single(r => r["definition"] == "lplpo-monthly")["instance_id"];

        var journal = await district.RunAsync("cycle", "journal", instance, "--as", district.Pharmacist);

        CliAssert.Succeeded(journal);
        var actions = CycleTestDistrict.Table(journal, "AT").Where(r => r["KIND"] == "human-action").ToList();
        var submit = Assert.Single(actions);
        Assert.Equal((district.Pharmacist, "pharmacist", "submit"), (submit["USER"], submit["ROLE"], submit["OUTCOME"]));
    }

    [Fact]
    public async Task Cycle_AsAnUnknownUser_IsRefusedWithNothingOnStdout()
    {
        using var district = await CycleTestDistrict.CreateAsync();

        var result = await district.RunAsync("cycle", "tasks", "--as", "apoteker.tidak-ada");

        CliAssert.BadInput(result, "error: --as: there is no user 'apoteker.tidak-ada' in SQLite file ");
    }

    [Fact]
    public async Task StartMonth_ByAPharmacist_IsRefusedForTheRole()
    {
        using var district = await CycleTestDistrict.CreateAsync();

        var result = await district.RunAsync("cycle", "start-month", "--as", district.Pharmacist, "--period", Month);

        CliAssert.BadInput(result, "error: this needs the role ifk-officer; ");
    }

    [Fact]
    public async Task Cycle_WithARoleTheUserDoesNotHold_IsRefused()
    {
        using var district = await CycleTestDistrict.CreateAsync();

        var result = await district.RunAsync("cycle", "tasks", "--as", district.Pharmacist, "--role", "ifk-officer");

        CliAssert.BadInput(result, $"error: --role: {district.Pharmacist} does not hold ifk-officer; they hold pharmacist at PKM-01.");
    }

    [Fact]
    public async Task Review_ReturnWithoutAReason_IsRefusedAtTheReasonField()
    {
        using var district = await CycleTestDistrict.CreateAsync();
        var id = await SubmittedLplpoAsync(district);

        var result = await district.RunAsync("cycle", "review", id, "--as", district.Ifk, "--return");

        CliAssert.BadInput(result, "error: reason: returning an LPLPO needs the reason");
    }

    [Theory]
    [InlineData("OBT-001", "error: --line: 'OBT-001' is not DRUGCODE=GIVEN[:REASONCATEGORY] (no '=').")]
    [InlineData("OBT-001=banyak", "error: --line: 'OBT-001=banyak' is not DRUGCODE=GIVEN[:REASONCATEGORY] ('banyak' is not a whole number).")]
    [InlineData("OBT-001=10:kurang", "error: --line: 'kurang' is not a reason category; use one of supplier-stock-short, above-plan, stock-sufficient, pack-rounding, other.")]
    public async Task Review_WithAMalformedLine_IsRefusedNamingTheOption(string line, string expected)
    {
        using var district = await CycleTestDistrict.CreateAsync();
        var id = await SubmittedLplpoAsync(district);

        var result = await district.RunAsync("cycle", "review", id, "--as", district.Ifk, "--approve", "--line", line);

        CliAssert.BadInput(result, expected);
    }

    private static async Task<string> SubmittedLplpoAsync(CycleTestDistrict district)
    {
        CliAssert.Succeeded(await district.RunAsync("cycle", "start-month", "--as", district.Ifk, "--period", Month));
        var id = (await district.RunAsync("cycle", "tasks", "--as", district.Pharmacist, "--format", "csv")).CsvRows()[0]["lplpo_id"];
        CliAssert.Succeeded(await district.RunAcknowledgingAsync("cycle", "submit", id, "--as", district.Pharmacist));
        return id;
    }
}
