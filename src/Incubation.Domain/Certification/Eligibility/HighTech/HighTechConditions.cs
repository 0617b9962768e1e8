using Incubation.Data;

namespace Incubation.Certification.Eligibility.Science;

/// <summary>The conditions of 第十一条 that do not rest on the yearly money figures (see <see cref="HighTechFinance"/>).</summary>
internal static class HighTechConditions
{
    private static readonly Lazy<HashSet<string>> LowestFieldCodes = new(() =>
    {
        var fields = ReferenceData.TechFields().ToList();
        var parents = fields.Select(f => f.ParentCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return fields.Select(f => f.Code).Where(c => !parents.Contains(c)).ToHashSet(StringComparer.Ordinal);
    });

    public static CriterionResult Registration(AssessmentYears years)
    {
        const string code = "HighTech.Registration";
        var rule = HighTechRules.MinDaysRegistered;
        return years.DaysSinceEstablished is { } days
            ? Criteria.AtLeast(code, rule.Source, days, rule.Value, MeasureUnit.Days)
            : Criteria.Missing(code, rule.Source, "establishedOn");
    }

    /// <summary>At least one owned IP item of either class (exclusive licences no longer count).</summary>
    public static CriterionResult OwnedIp(EnterpriseFacts facts)
    {
        const string code = "HighTech.OwnedIp";
        var rule = HighTechRules.MinOwnedIp;
        if (facts.IpClass1Count is not { } class1 || facts.IpClass2Count is not { } class2)
        {
            return Criteria.Missing(code, rule.Source, ScienceFacts.MissingIpCounts(facts));
        }

        return Criteria.AtLeast(code, rule.Source, class1 + class2, rule.Value, MeasureUnit.Count) with
        {
            Details = ScienceFacts.IpDetails(class1, class2),
        };
    }

    /// <summary>
    /// Whether the core technology belongs to the field is for the experts: the engine only checks that a
    /// lowest-level field of the catalogue is named (应对应到最后一级目录).
    /// </summary>
    public static CriterionResult IndustryField(EnterpriseFacts facts)
    {
        const string code = "HighTech.IndustryField";
        var source = HighTechRules.IndustryFieldSource;
        if (string.IsNullOrWhiteSpace(facts.IndustryFieldCode))
        {
            return Criteria.Missing(code, source, "industryFieldCode");
        }

        return LowestFieldCodes.Value.Contains(facts.IndustryFieldCode.Trim())
            ? Criteria.ExpertJudgement(code, source)
            : new CriterionResult { Code = code, Passed = null, Source = source, MessageKey = Criteria.KeyOf(code) };
    }

    /// <summary>Tech staff over employees in Y-1 (当年 = the fiscal year before applying); the gap is in new tech hires.</summary>
    public static CriterionResult TechStaffRatio(EnterpriseFacts facts, AssessmentYears years)
    {
        const string code = "HighTech.TechStaffRatio";
        var rule = HighTechRules.MinTechStaffRatio;
        var lastYear = facts.Year(years.LastYear);
        if (lastYear?.TechStaff is not { } techStaff || lastYear.Employees is not { } employees)
        {
            return Criteria.Missing(code, rule.Source, ScienceFacts.MissingStaff(lastYear, years.LastYear));
        }

        var result = Criteria.AtLeast(code, rule.Source, ScienceFacts.StaffRatio(techStaff, employees), rule.Value, MeasureUnit.Ratio);
        return result with
        {
            Gap = result.Passed == true ? null : new Measure(Shortfall.AddedToBoth(techStaff, employees, rule.Value), MeasureUnit.Count),
            Details = ScienceFacts.StaffDetails(techStaff, employees),
        };
    }

    public static CriterionResult InnovationScore(ScoreSummary score)
    {
        const string code = "HighTech.InnovationScore";
        return new CriterionResult
        {
            Code = code,
            Passed = Verdicts.ScorePasses(score),
            Required = new Measure(score.PassMark, MeasureUnit.Points),
            Gap = score.Max < score.PassMark ? new Measure(score.PassMark - score.Max, MeasureUnit.Points) : null,
            Source = HighTechRules.ScorePassMark.Source,
            MessageKey = Criteria.KeyOf(code),
            Details = new Dictionary<string, Measure>
            {
                ["scoreMin"] = new(score.Min, MeasureUnit.Points),
                ["scoreMax"] = new(score.Max, MeasureUnit.Points),
            },
        };
    }

    public static CriterionResult NoMajorIncident(EnterpriseFacts facts)
    {
        const string code = "HighTech.NoMajorIncident";
        return facts.NoMajorIncidentLastYear is { } none
            ? Criteria.Flag(code, HighTechRules.NoMajorIncidentSource, none)
            : Criteria.Missing(code, HighTechRules.NoMajorIncidentSource, "noMajorIncidentLastYear");
    }
}
