namespace Incubation.Enterprises;

public static class YearlyDataRequests
{
    public static string Url(Guid enterpriseId) => $"{EnterpriseRequests.Url}/{enterpriseId}/yearly-data";

    public static string Url(Guid enterpriseId, int fiscalYear, string? step = null) =>
        $"{Url(enterpriseId)}/{fiscalYear}" + (step is null ? string.Empty : "/" + step);

    /// <summary>A plausible year's figures as the client sends them (flat camelCase fields), with optional changes.</summary>
    public static Dictionary<string, object?> Figures(string? concurrencyStamp = null, params (string Field, object? Value)[] changes)
    {
        var body = new Dictionary<string, object?>
        {
            ["salesRevenue"] = 12_000_000m,
            ["totalIncome"] = 12_500_000m,
            ["highTechIncome"] = 9_000_000m,
            ["rdExpense"] = 1_100_000.50m,
            ["domesticRdExpense"] = 1_000_000m,
            ["costAndExpenseTotal"] = 10_000_000m,
            ["operatingRevenue"] = 12_000_000m,
            ["mainBusinessRevenue"] = 11_000_000m,
            ["netProfit"] = -250_000m,
            ["netAssets"] = 3_000_000m,
            ["totalAssets"] = 8_000_000m,
            ["totalLiabilities"] = 5_000_000m,
            ["employees"] = 60,
            ["techStaff"] = 20,
            ["rdStaff"] = 12,
            ["ipClass1Count"] = 2,
            ["ipClass1SelfDevelopedCount"] = 1,
            ["ipClass2Count"] = 8,
            ["conversions"] = null,
            ["newEquityFinancing"] = null,
            ["concurrencyStamp"] = concurrencyStamp,
        };
        foreach (var (field, value) in changes)
        {
            body[field] = value;
        }

        return body;
    }

    public static object Step(string concurrencyStamp) => new { concurrencyStamp };
}
