namespace Incubation.Certification.Eligibility;

public enum EligibilityVerdict
{
    Eligible = 0,
    NotEligible = 1,

    /// <summary>A required fact is missing, or a criterion needs expert judgement: never a silent pass or fail.</summary>
    NeedsReview = 2,
}

public enum RdInstitutionLevel
{
    None = 0,
    BelowCity = 1,
    City = 2,
    Provincial = 3,
    National = 4,
}

public enum TechSmeRdOption
{
    /// <summary>研发费用 / 销售收入.</summary>
    SalesRatio = 0,

    /// <summary>研发费用 / 成本费用支出总额.</summary>
    CostRatio = 1,
}

/// <summary>The unit a criterion's actual, required and gap values are stated in.</summary>
public enum MeasureUnit
{
    Yuan = 0,

    /// <summary>A fraction: 0.05 is 5 %.</summary>
    Ratio = 1,

    Days = 2,
    Years = 3,
    Count = 4,
    Points = 5,

    /// <summary>1 = yes, 0 = no.</summary>
    Flag = 6,
}
