using System.Globalization;
using System.Text;
using Requisition.Rules.Facts;

namespace Requisition.Host.Cli.Bench.Import;

/// <summary>
/// The benchmark's history.csv (riwayat stok): one stock-card month per puskesmas, item and month, with plausible numbers
/// that add up (opening + received - used - lost = closing; each month opens with the last one's closing), a restock to
/// about two months of use when stock runs low, some months that run out (with days without stock) and a few losses.
/// Deterministic for a seed.
/// </summary>
public static class HistoryFile
{
    public static byte[] Write(IReadOnlyList<string> puskesmas, IReadOnlyList<string> items, Period first, int months, int seed = 20261124)
    {
        var random = new Random(seed);
        var text = new StringBuilder(puskesmas.Count * items.Count * months * 48);
        text.Append("facility,drug_code,period,opening,received,used,lost,closing,stockout_days\n");
        foreach (var facility in puskesmas)
        {
            foreach (var item in items)
            {
                var baseUse = 20 + random.Next(480);
                long stock = baseUse * 2;
                for (var m = 0; m < months; m++)
                {
                    var period = first.AddMonths(m);
                    var opening = stock;
                    var received = opening < baseUse ? baseUse * 2 - opening : 0;
                    var available = opening + received;
                    var demand = (long)Math.Round(baseUse * (0.8 + random.NextDouble() * 0.4));
                    var runsOut = random.NextDouble() < 0.04;
                    var used = runsOut ? available : Math.Min(available, demand);
                    var lost = !runsOut && random.NextDouble() < 0.02 ? Math.Min(available - used, 1 + demand / 50) : 0;
                    var closing = available - used - lost;
                    var stockoutDays = closing == 0 ? 3 + random.Next(10) : 0;
                    text.Append(CultureInfo.InvariantCulture,
                        $"{facility},{item},{period},{opening},{received},{used},{lost},{closing},{stockoutDays}\n");
                    stock = closing;
                }
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
