namespace Requisition.Rules.Planning;

/// <summary>What one calendar month contributes to the average monthly use.</summary>
/// <param name="Year">Calendar year of the month.</param>
/// <param name="Month">Calendar month, 1-12.</param>
/// <param name="Used">Quantity used (pemakaian) in the month.</param>
/// <param name="StockoutDays">Days without stock in the month.</param>
public readonly record struct UsageMonth(int Year, int Month, long Used, int StockoutDays);
