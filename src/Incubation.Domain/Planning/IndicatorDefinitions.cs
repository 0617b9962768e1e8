namespace Incubation.Planning;

/// <summary>What each indicator counts and how its target is read (see the calculator for the exact rules).</summary>
public static class IndicatorDefinitions
{
    public static IndicatorUnit UnitOf(Indicator indicator) => indicator switch
    {
        Indicator.RdInvestment or Indicator.SciTechServiceRevenue => IndicatorUnit.Yuan,
        Indicator.TechTalent => IndicatorUnit.People,
        _ => IndicatorUnit.Count,
    };

    public static TargetShape ShapeOf(Indicator indicator) => indicator switch
    {
        Indicator.PoolSize => TargetShape.Floor,
        Indicator.TechTransferProjectsFunded => TargetShape.PerYear,
        _ => TargetShape.Level,
    };

    /// <summary>Whether the value is a list of enterprises the dashboard can drill into (platforms and projects are not enterprises).</summary>
    public static bool CountsEnterprises(Indicator indicator) =>
        indicator is not (Indicator.InnovationPlatforms or Indicator.TechTransferProjectsFunded);

    /// <summary>The plan's targets (2023 action plan, section 一 and tasks 5, 7, 8, 11), seeded once and then the bureau's.</summary>
    public static IEnumerable<Target> PlanTargets()
    {
        yield return Plan(Indicator.HighTechEnterprises, 2022, 111, 2025, 220);
        yield return Plan(Indicator.RdActiveEnterprises, 2022, 27, 2025, 55);
        yield return Plan(Indicator.RdInvestment, 2022, 241_000_000m, 2025, 500_000_000m);
        yield return Plan(Indicator.SciTechServiceEnterprises, 2022, 32, 2025, 50);
        yield return Plan(Indicator.SciTechServiceRevenue, 2022, 1_349_000_000m, 2025, 2_600_000_000m);
        yield return Plan(Indicator.InnovationPlatforms, 2022, 29, 2025, 50);
        yield return Plan(Indicator.TechTalent, 2022, 12_000, 2025, 20_000);
        yield return Plan(Indicator.PoolSize, null, null, 2025, 120);
        yield return Plan(Indicator.TechTransferProjectsFunded, null, null, 2025, 10);
        yield return Plan(Indicator.SrdiEnterprises, null, null, 2023, 2);
    }

    private static Target Plan(Indicator indicator, int? baselineYear, decimal? baseline, int targetYear, decimal target) =>
        new(Guid.CreateVersion7(), indicator, baselineYear, baseline, targetYear, target, null);
}
