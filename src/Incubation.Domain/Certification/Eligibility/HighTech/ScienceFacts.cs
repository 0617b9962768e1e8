namespace Incubation.Certification.Eligibility.Science;

// Shared by both science rule sets: 科技人员 and the Ⅰ类/Ⅱ类 IP classes are defined by the HTE guide and
// 科技型中小企业评价 borrows them; both state their gaps the same way.

/// <summary>A threshold of a rule table and where it comes from (a document key of domain-rules §0, its article, the source quality).</summary>
internal sealed record Threshold(decimal Value, string Source);

/// <summary>One yearly figure read over several fiscal years, with the unknown ones named as the API names them.</summary>
internal sealed record YearFigures(IReadOnlyList<decimal> Values, IReadOnlyList<string> Missing)
{
    public decimal Sum => Values.Sum();

    public static string FactName(int fiscalYear, string figure) => $"years[{fiscalYear}].{figure}";

    public static YearFigures Read(EnterpriseFacts facts, IEnumerable<int> fiscalYears, string figure, Func<FiscalYearFacts, decimal?> pick)
    {
        var values = new List<decimal>();
        var missing = new List<string>();
        foreach (var fiscalYear in fiscalYears)
        {
            if (facts.Year(fiscalYear) is { } year && pick(year) is { } value)
            {
                values.Add(value);
            }
            else
            {
                missing.Add(FactName(fiscalYear, figure));
            }
        }

        return new YearFigures(values, missing);
    }
}

/// <summary>How much more of something a ratio needs to reach its threshold, rounded up to whole yuan or heads.</summary>
internal static class Shortfall
{
    /// <summary>
    /// What is added counts in the whole too (a new tech employee is also an employee; new high-tech income is also
    /// income): (part + x) / (whole + x) ≥ ratio ⇔ x ≥ (ratio × whole − part) / (1 − ratio).
    /// </summary>
    public static decimal AddedToBoth(decimal part, decimal whole, decimal ratio) =>
        Math.Max(1, Math.Ceiling((ratio * whole - part) / (1 - ratio)));

    /// <summary>The whole stays (more R&amp;D does not change sales): part + x ≥ ratio × whole.</summary>
    public static decimal AddedToPart(decimal part, decimal whole, decimal ratio) =>
        Math.Max(1, Math.Ceiling(ratio * whole - part));
}

/// <summary>Facts both science rule sets read the same way.</summary>
internal static class ScienceFacts
{
    /// <summary>Nobody employed means nobody in research: the ratio is 0 rather than undefined.</summary>
    public static decimal StaffRatio(int techStaff, int employees) => employees == 0 ? 0 : (decimal)techStaff / employees;

    public static Dictionary<string, Measure> StaffDetails(int techStaff, int employees) => new()
    {
        ["techStaff"] = new(techStaff, MeasureUnit.Count),
        ["employees"] = new(employees, MeasureUnit.Count),
    };

    public static string[] MissingStaff(FiscalYearFacts? year, int fiscalYear) =>
    [
        .. year?.TechStaff is null ? [YearFigures.FactName(fiscalYear, "techStaff")] : Array.Empty<string>(),
        .. year?.Employees is null ? [YearFigures.FactName(fiscalYear, "employees")] : Array.Empty<string>(),
    ];

    /// <summary>Both IP counts are asked for, so that "no IP" is a fact rather than a guess.</summary>
    public static string[] MissingIpCounts(EnterpriseFacts facts) =>
    [
        .. facts.IpClass1Count is null ? ["ipClass1Count"] : Array.Empty<string>(),
        .. facts.IpClass2Count is null ? ["ipClass2Count"] : Array.Empty<string>(),
    ];

    public static Dictionary<string, Measure> IpDetails(int class1, int class2) => new()
    {
        ["ipClass1Count"] = new(class1, MeasureUnit.Count),
        ["ipClass2Count"] = new(class2, MeasureUnit.Count),
    };
}
