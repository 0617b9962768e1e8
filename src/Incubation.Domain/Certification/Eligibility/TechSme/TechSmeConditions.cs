namespace Incubation.Certification.Eligibility.Science;

/// <summary>The basic conditions (§2.1 (1)–(4)) and the direct-confirmation routes (§2.3) of 科技型中小企业评价.</summary>
internal static class TechSmeConditions
{
    /// <summary>§2.1(2): the size limits, on the last fiscal year's figures.</summary>
    public static IEnumerable<CriterionResult> Size(EnterpriseFacts facts, AssessmentYears years)
    {
        var lastYear = facts.Year(years.LastYear);
        yield return AtMost("TechSme.Employees", TechSmeRules.MaxEmployees, lastYear?.Employees, "employees", MeasureUnit.Count, years);
        yield return AtMost("TechSme.SalesRevenue", TechSmeRules.MaxSalesRevenue, lastYear?.SalesRevenue, "salesRevenue", MeasureUnit.Yuan, years);
        yield return AtMost("TechSme.TotalAssets", TechSmeRules.MaxTotalAssets, lastYear?.TotalAssets, "totalAssets", MeasureUnit.Yuan, years);
    }

    public static CriterionResult NoMajorIncident(EnterpriseFacts facts)
    {
        const string code = "TechSme.NoMajorIncident";
        return facts.NoMajorIncidentLastYear is { } none
            ? Criteria.Flag(code, TechSmeRules.NoMajorIncidentSource, none)
            : Criteria.Missing(code, TechSmeRules.NoMajorIncidentSource, "noMajorIncidentLastYear");
    }

    /// <summary>
    /// §2.1(1) and (3) are declared by the enterprise on the evaluation platform and rest on facts the engine does not
    /// hold (tax regime, national-economy industry class). They are shown as reminders that do not decide the verdict:
    /// were they open conditions, every result would be NeedsReview and the verdict would tell the bureau nothing.
    /// </summary>
    public static IEnumerable<CriterionResult> Declarations() =>
    [
        Reminder("TechSme.ResidentEnterprise", TechSmeRules.ResidentEnterpriseSource),
        Reminder("TechSme.Industry", TechSmeRules.IndustrySource),
    ];

    /// <summary>§2.3(1): a 高新技术企业 certificate valid on the assessment date.</summary>
    public static CriterionResult DirectHighTech(EnterpriseFacts facts, DateOnly asOf) =>
        Criteria.Flag("TechSme.Direct.HighTech", TechSmeRules.DirectHighTechSource, facts.Holds(QualificationKind.HighTech, asOf))
            with { IsCondition = false };

    /// <summary>§2.3(3): an accredited R&amp;D institution of provincial level or above.</summary>
    public static CriterionResult DirectRdInstitution(EnterpriseFacts facts)
    {
        const string code = "TechSme.Direct.RdInstitution";
        var result = facts.RdInstitutionLevel is { } level
            ? Criteria.Flag(code, TechSmeRules.DirectRdInstitutionSource, level >= TechSmeRules.DirectRdInstitutionLevel)
            : Criteria.Missing(code, TechSmeRules.DirectRdInstitutionSource, "rdInstitutionLevel");
        return result with { IsCondition = false };
    }

    /// <summary>§2.3(2) and (4), national awards and standards, are not among the facts: a reminder to ask.</summary>
    public static CriterionResult DirectOther() => Reminder("TechSme.Direct.Other", TechSmeRules.DirectOtherSource);

    private static CriterionResult AtMost(
        string code, Threshold rule, decimal? actual, string figure, MeasureUnit unit, AssessmentYears years) =>
        actual is { } value
            ? Criteria.AtMost(code, rule.Source, value, rule.Value, unit)
            : Criteria.Missing(code, rule.Source, YearFigures.FactName(years.LastYear, figure));

    private static CriterionResult Reminder(string code, string source) => new()
    {
        Code = code,
        Passed = null,
        Source = source,
        MessageKey = Criteria.KeyOf(code),
        IsCondition = false,
    };
}
