using System.Globalization;

namespace Incubation.Certification.Eligibility.Science;

/// <summary>Runs the default engine for one kind and reads criteria by code.</summary>
internal static class ScienceTestKit
{
    public static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static KindAssessment HighTech(EnterpriseFacts facts, string asOf) => Assess(facts, asOf, QualificationKind.HighTech);

    public static KindAssessment TechSme(EnterpriseFacts facts, string asOf) => Assess(facts, asOf, QualificationKind.TechSme);

    public static CriterionResult Criterion(this KindAssessment assessment, string code) =>
        assessment.Criteria.Single(c => c.Code == code);

    public static PointsRange PointsOf(this KindAssessment assessment, string code) => assessment.Criterion(code).Points!;

    public static void AssertPoints(decimal min, decimal max, PointsRange? points)
    {
        Assert.NotNull(points);
        Assert.Equal((min, max), (points.Min, points.Max));
    }

    public static void AssertScore(decimal min, decimal max, KindAssessment assessment)
    {
        Assert.NotNull(assessment.Score);
        Assert.Equal((min, max), (assessment.Score.Min, assessment.Score.Max));
    }

    private static KindAssessment Assess(EnterpriseFacts facts, string asOf, QualificationKind kind) =>
        EligibilityEngine.Default.Assess(facts, D(asOf), [kind]).Single();
}

/// <summary>
/// A sound 高新技术企业 candidate, assessed in 2026 (Y-1 = 2025, window 2023–2025); the tests vary one fact at a time.
/// Figures (yuan):          2023          2024          2025
///   sales revenue     20,000,000    25,000,000    30,000,000   Σ 75,000,000
///   R&amp;D expense        1,200,000     1,500,000     1,800,000   Σ  4,500,000  → 6.00 % (tier 5 %: 2025 sales ≤ 50M)
///   domestic R&amp;D       1,200,000     1,400,000     1,500,000   Σ  4,100,000  → 91.1 % of R&amp;D
///   total income      21,000,000    26,000,000    31,000,000
///   high-tech income  15,000,000    18,000,000    24,000,000   2025: 24/31 = 77.4 %
///   net assets        10,000,000    12,000,000    15,000,000
///   employees / tech      50 / 10       55 / 12       60 / 15   2025: 25 %
///   conversions               5             6             7   average 6
/// IP: 2 Ⅰ类 (both self-developed), 6 Ⅱ类. Established 2018-03-15, field 10105, no incident.
/// </summary>
internal static class SampleFirm
{
    public static FiscalYearFacts Year2023 { get; } = new()
    {
        FiscalYear = 2023, SalesRevenue = 20_000_000m, RdExpense = 1_200_000m, DomesticRdExpense = 1_200_000m,
        TotalIncome = 21_000_000m, HighTechIncome = 15_000_000m, NetAssets = 10_000_000m, Employees = 50, TechStaff = 10,
        Conversions = 5,
    };

    public static FiscalYearFacts Year2024 { get; } = new()
    {
        FiscalYear = 2024, SalesRevenue = 25_000_000m, RdExpense = 1_500_000m, DomesticRdExpense = 1_400_000m,
        TotalIncome = 26_000_000m, HighTechIncome = 18_000_000m, NetAssets = 12_000_000m, Employees = 55, TechStaff = 12,
        Conversions = 6,
    };

    public static FiscalYearFacts Year2025 { get; } = new()
    {
        FiscalYear = 2025, SalesRevenue = 30_000_000m, RdExpense = 1_800_000m, DomesticRdExpense = 1_500_000m,
        TotalIncome = 31_000_000m, HighTechIncome = 24_000_000m, NetAssets = 15_000_000m, Employees = 60, TechStaff = 15,
        Conversions = 7, TotalAssets = 40_000_000m, CostAndExpenseTotal = 26_000_000m,
    };

    public const string AsOf = "2026-06-30";

    public static EnterpriseFacts Facts { get; } = new()
    {
        EstablishedOn = new DateOnly(2018, 3, 15),
        IndustryFieldCode = "10105",
        Years = [Year2023, Year2024, Year2025],
        IpClass1Count = 2,
        IpClass1SelfDevelopedCount = 2,
        IpClass2Count = 6,
        NoMajorIncidentLastYear = true,
    };

    /// <summary>The sample with the 2025 figures changed.</summary>
    public static EnterpriseFacts WithLastYear(Func<FiscalYearFacts, FiscalYearFacts> change) =>
        Facts with { Years = [Year2023, Year2024, change(Year2025)] };

    /// <summary>The sample with all three years changed.</summary>
    public static EnterpriseFacts WithYears(Func<FiscalYearFacts, FiscalYearFacts> change) =>
        Facts with { Years = [change(Year2023), change(Year2024), change(Year2025)] };
}
