using static Incubation.Enterprises.YearlyDataRequests;

namespace Incubation.Certification;

/// <summary>Bodies and steps the eligibility API tests share.</summary>
public static class EligibilityRequests
{
    public const string AssessUrl = "/api/app/eligibility/assess";

    public static string EnterpriseUrl(Guid enterpriseId) => $"/api/app/enterprises/{enterpriseId}/eligibility";

    public static string ProfileUrl(Guid enterpriseId) => $"/api/app/enterprises/{enterpriseId}/eligibility-profile";

    /// <summary>
    /// A small software firm applying for 高企 on 2026-06-30, three years of figures. By hand:
    /// sales 2023..2025 = 8M + 10M + 12M = 30M; R&amp;D = 0.3M + 0.4M + 0.5M = 1.2M → 4 % of sales.
    /// The last year's sales (12M) ≤ 50M, so 5 % is required: 1.5M; gap 0.3M (30万元).
    /// Tech staff 2025: 12 of 60 = 20 % ≥ 10 %. High-tech income 2025: 9M of 12.5M = 72 % ≥ 60 %.
    /// </summary>
    public static object SoftwareFirm(string asOf = "2026-06-30", params string[] kinds) => new
    {
        asOf,
        kinds,
        facts = new
        {
            establishedOn = "2019-03-01",
            industryFieldCode = "10101",
            ipClass1Count = 1,
            ipClass1SelfDevelopedCount = 1,
            ipClass2Count = 6,
            noMajorIncidentLastYear = true,
            techSmeRdOption = "SalesRatio",
            years = new[]
            {
                Year(2023, 8_000_000m, 300_000m),
                Year(2024, 10_000_000m, 400_000m),
                Year(2025, 12_000_000m, 500_000m),
            },
        },
    };

    private static object Year(int fiscalYear, decimal sales, decimal rd) => new
    {
        fiscalYear,
        salesRevenue = sales,
        totalIncome = sales + 500_000m,
        highTechIncome = sales * 0.75m,
        rdExpense = rd,
        domesticRdExpense = rd,
        costAndExpenseTotal = sales * 0.8m,
        operatingRevenue = sales,
        mainBusinessRevenue = sales * 0.9m,
        netProfit = sales * 0.05m,
        netAssets = sales * 0.4m,
        totalAssets = sales,
        totalLiabilities = sales * 0.6m,
        employees = 60,
        techStaff = 12,
        rdStaff = 8,
        conversions = 2,
    };

    /// <summary>Enters, submits and verifies a year's figures through the API, as an officer and the bureau would.</summary>
    public static async Task VerifyYearAsync(ApiClient bureau, Guid enterpriseId, int fiscalYear, params (string Field, object? Value)[] changes)
    {
        var draft = await bureau.ReadAsync<Enterprises.YearlyDataDto>(await bureau.PutAsync(Url(enterpriseId, fiscalYear), Figures(null, changes)));
        var submitted = await bureau.ReadAsync<Enterprises.YearlyDataDto>(
            await bureau.PostAsync(Url(enterpriseId, fiscalYear, "submit"), Step(draft.ConcurrencyStamp)));
        await bureau.ReadAsync<Enterprises.YearlyDataDto>(
            await bureau.PostAsync(Url(enterpriseId, fiscalYear, "verify"), Step(submitted.ConcurrencyStamp)));
    }
}
