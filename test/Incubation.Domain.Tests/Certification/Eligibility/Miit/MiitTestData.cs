using System.Globalization;

namespace Incubation.Certification.Eligibility.Miit;

/// <summary>Builders for the MIIT tests: facts in yuan, dates as ISO strings.</summary>
internal static class MiitTestData
{
    public static readonly EligibilityEngine Engine = new(MiitRuleSets.All);

    public static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static KindAssessment Assess(QualificationKind kind, EnterpriseFacts facts, string asOf) =>
        Engine.Assess(facts, D(asOf), [kind]).Single();

    public static CriterionResult C(this KindAssessment assessment, string code) =>
        assessment.Criteria.Single(c => c.Code == code);

    public static bool Has(this KindAssessment assessment, string code) => assessment.Criteria.Any(c => c.Code == code);

    public static decimal? GapValue(this CriterionResult criterion) => criterion.Gap?.Value;

    public static (decimal Min, decimal Max) PointsOf(this KindAssessment assessment, string code) =>
        assessment.C(code).Points is { } p ? (p.Min, p.Max) : throw new InvalidOperationException(code + " has no points.");

    public static FiscalYearFacts Year(
        int fiscalYear,
        decimal? operating = null,
        decimal? main = null,
        decimal? rd = null,
        decimal? profit = null,
        decimal? assets = null,
        decimal? liabilities = null,
        int? employees = null,
        int? rdStaff = null,
        decimal? equity = null) => new()
        {
            FiscalYear = fiscalYear,
            OperatingRevenue = operating,
            MainBusinessRevenue = main,
            RdExpense = rd,
            NetProfit = profit,
            TotalAssets = assets,
            TotalLiabilities = liabilities,
            Employees = employees,
            RdStaff = rdStaff,
            NewEquityFinancing = equity,
        };

    public static HeldQualification Title(QualificationKind kind, string issued, string? expires = null) =>
        new(kind, D(issued), expires is null ? null : D(expires));

    /// <summary>Replaces (or adds) one fiscal year of the facts: the what-if of a single figure.</summary>
    public static EnterpriseFacts WithYear(this EnterpriseFacts facts, int fiscalYear, Func<FiscalYearFacts, FiscalYearFacts> change) =>
        facts with
        {
            Years = [.. facts.Years.Where(y => y.FiscalYear != fiscalYear), change(facts.Year(fiscalYear) ?? new FiscalYearFacts { FiscalYear = fiscalYear })],
        };
}
