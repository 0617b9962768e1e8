namespace Incubation.Planning;

/// <summary>
/// The numbers the plan is judged by (五个倍增 and the plan's other targets). Each is computed from verified data as
/// of a date by the indicator calculator, never typed; the definitions are in <c>IndicatorDefinitions</c>.
/// </summary>
public enum Indicator
{
    HighTechEnterprises = 0,
    RdActiveEnterprises = 1,
    RdInvestment = 2,
    SciTechServiceEnterprises = 3,
    SciTechServiceRevenue = 4,
    InnovationPlatforms = 5,
    TechTalent = 6,
    PoolSize = 7,
    TechTransferProjectsFunded = 8,
    SrdiEnterprises = 9,
}

/// <summary>What an indicator's value counts: enterprises or projects, yuan, or people.</summary>
public enum IndicatorUnit
{
    Count = 0,
    Yuan = 1,
    People = 2,
}

/// <summary>
/// How a target is read: a level to reach by the target year (straight path from the baseline), a floor to hold at
/// all times (the pool ≥ 120), or an amount to reach within each calendar year (≥ 10 projects funded a year).
/// </summary>
public enum TargetShape
{
    Level = 0,
    Floor = 1,
    PerYear = 2,
}

/// <summary>A 半年通报 is drafted, then issued; an issued report is a snapshot later data never changes.</summary>
public enum ReportStatus
{
    Draft = 0,
    Issued = 1,
}

/// <summary>The subsidies and rewards the district pays enterprises (入库培育金, 高企认定奖励 …).</summary>
public enum BenefitPolicy
{
    PoolCultivationFund = 0,
    HighTechAward = 1,
    SrdiAward = 2,
    RdSubsidy = 3,
    TechTransferFund = 4,
    TalentSubsidy = 5,
    Other = 99,
}

/// <summary>Where an indicator stands against its target on a date.</summary>
public enum PathStatus
{
    /// <summary>No target is set for the indicator.</summary>
    NoTarget = 0,

    /// <summary>At or above the straight path from baseline to target (or the year's pro-rata share).</summary>
    Ahead = 1,

    /// <summary>Below the path, or below a floor.</summary>
    Behind = 2,

    /// <summary>The target value is reached (or the floor held).</summary>
    Met = 3,

    /// <summary>The target year has passed without reaching the target.</summary>
    Missed = 4,
}
