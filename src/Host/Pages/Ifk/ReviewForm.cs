using System.Text.Json;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Host.Pages.Ifk;

/// <summary>One line of the review form as posted: the quantity given and, when it differs from the request, why.</summary>
public sealed class ReviewLineInput
{
    // An empty field binds as "" (not null): the page answers "unknown item" instead of failing.
    [System.ComponentModel.DataAnnotations.DisplayFormat(ConvertEmptyStringToNull = false)]
    public string DrugCode { get; set; } = "";

    public long? Given { get; set; }

    /// <summary>An <see cref="AdjustmentReason"/> as the API writes it ("supplier-stock-short").</summary>
    public string? ReasonCategory { get; set; }

    public string? Note { get; set; }
}

/// <summary>The adjustment reasons as the API writes them (kebab-case), and back.</summary>
public static class AdjustmentReasons
{
    public static readonly IReadOnlyList<AdjustmentReason> All = Enum.GetValues<AdjustmentReason>();

    public static string Value(AdjustmentReason reason) => JsonNamingPolicy.KebabCaseLower.ConvertName(reason.ToString());

    public static AdjustmentReason? Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : All.Cast<AdjustmentReason?>().FirstOrDefault(r => Value(r!.Value) == value.Trim());

    /// <summary>The Indonesian words for a reason (a key of <see cref="Web.Localization.IfkText"/>).</summary>
    public static string Text(AdjustmentReason reason) => reason switch
    {
        AdjustmentReason.SupplierStockShort => "Stok IFK kurang",
        AdjustmentReason.AbovePlan => "Melebihi RKO",
        AdjustmentReason.StockSufficient => "Stok puskesmas cukup",
        AdjustmentReason.PackRounding => "Pembulatan kemasan",
        _ => "Lainnya",
    };
}

/// <summary>One line of the review screen: what was asked, what is suggested, what the IFK holds, and the line's flags.</summary>
public sealed record ReviewRow(
    int Index, string DrugCode, string Name, long Closing, long? Optimum, long Requested, long Suggested, long IfkStock,
    string Given, string? ReasonCategory, string? Note, IReadOnlyList<Requisition.Workflows.Cycle.FlagView> Flags);
