using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Requisition.Host.Tests.Web.Support;
using Requisition.Host.Web.Api;
using Requisition.Rules.Engine.Model;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Tests.Web.Pages;

/// <summary>What the IFK page tests share: a puskesmas submits its draft through the API, and the review form read back as posted.</summary>
public static partial class IfkPageForms
{
    public const string Reason = "Sudah dicek dengan kartu stok.";

    /// <summary>The pharmacist of puskesmas <paramref name="puskesmas"/> saves its draft as it is and submits it, acknowledging the warnings.</summary>
    public static async Task<LplpoView> SubmitDraftAsync(WebFixture web, int puskesmas)
    {
        var facility = web.Users.Puskesmas[puskesmas];
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, facility));
        var list = await WebFixture.ReadAsync<Paged<LplpoSummary>>(await client.GetAsync("/api/v1/lplpos"));
        var mine = list.Items.Single(l => l.FacilityId == facility && l.Kind == "regular" && l.Status is "draft" or "submitted" && l.Period == "2026-10");
        var lplpo = await WebFixture.ReadAsync<LplpoView>(await client.GetAsync($"/api/v1/lplpos/{mine.Id}"));
        if (lplpo.Status != "draft") return lplpo;

        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/lplpos/{lplpo.Id}/draft")
        {
            Content = JsonContent.Create(new SaveDraftInput([new DraftLine(lplpo.Lines[0].DrugCode, Note: "dicek")]), options: ApiJson.Options),
        };
        put.Headers.TryAddWithoutValidation("If-Match", ETags.Lplpo(lplpo.Id, lplpo.Revision));
        await WebFixture.ReadAsync<LplpoActionResult>(await client.SendAsync(put));
        var pharmacist = new Requisition.Workflows.Runtime.Contracts.Actor(web.Users.One(CycleRoles.Pharmacist, facility), CycleRoles.Pharmacist, facility);
        var stock = await web.Cycle.Queries.StockAsync(pharmacist, facility);
        // Batches inside the near-expiry error window are an error at submission: the pharmacist takes them off the card first.
        foreach (var flag in (await WebFixture.ReadAsync<List<FlagView>>(await client.GetAsync($"/api/v1/lplpos/{lplpo.Id}/check")))
                     .Where(f => f.Rule == "NEAR_EXPIRY" && f.Severity == Severity.Error))
        {
            var batch = stock.Single(b => b.DrugCode == flag.DrugCode && b.Batch == flag.Subject);
            await web.Cycle.Stock.AdjustAsync(pharmacist, new StockAdjustmentInput(batch.DrugCode, batch.Batch, batch.Quantity, "loss", "Dipisahkan: hampir kedaluwarsa", batch.Source));
        }
        var check = await WebFixture.ReadAsync<List<FlagView>>(await client.GetAsync($"/api/v1/lplpos/{lplpo.Id}/check"));
        var acks = check.Where(f => f.Severity == Severity.Warning).Select(f => f.Rule).Distinct()
            .Select(r => new Acknowledgement(r, null, null, Reason)).ToList();
        await WebFixture.ReadAsync<LplpoActionResult>(await client.PostAsJsonAsync($"/api/v1/lplpos/{lplpo.Id}/submit", new SubmitInput(acks), ApiJson.Options));
        return await WebFixture.ReadAsync<LplpoView>(await client.GetAsync($"/api/v1/lplpos/{lplpo.Id}"));
    }

    /// <summary>The fields of a page's form as the page fills them: text inputs, hidden inputs and the selected options.</summary>
    public static Dictionary<string, string> Fields(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputField().Matches(html))
        {
            var name = WebUtility.HtmlDecode(input.Groups[1].Value);
            if (name != "__RequestVerificationToken") fields[name] = WebUtility.HtmlDecode(input.Groups[2].Value);
        }
        foreach (Match select in SelectField().Matches(html))
        {
            var chosen = SelectedOption().Match(select.Groups[2].Value);
            fields[WebUtility.HtmlDecode(select.Groups[1].Value)] = chosen.Success ? WebUtility.HtmlDecode(chosen.Groups[1].Value) : "";
        }
        return fields;
    }

    /// <summary>A reason in every acknowledgement input of the page.</summary>
    public static void AcknowledgeAll(string html, Dictionary<string, string> fields)
    {
        foreach (Match ack in AckInput().Matches(html)) fields[WebUtility.HtmlDecode(ack.Groups[1].Value)] = Reason;
    }

    /// <summary>The markup of the table row of an item (up to the next row).</summary>
    public static string Row(string html, string drugCode)
    {
        var start = html.IndexOf($"<tr data-drug=\"{drugCode}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for {drugCode}");
        var end = html.IndexOf("<tr data-drug=", start + 10, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    [GeneratedRegex("<input[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"")]
    private static partial Regex InputField();

    [GeneratedRegex("<select[^>]*?name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectField();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected=\"selected\"")]
    private static partial Regex SelectedOption();

    [GeneratedRegex("<input[^>]*?name=\"([^\"]+)\"[^>]*?data-ack-rule=")]
    private static partial Regex AckInput();
}
