using Incubation.Enterprises;
using Riok.Mapperly.Abstractions;

namespace Incubation.Certification.Eligibility;

/// <summary>Eligibility mappings, generated at compile time.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class EligibilityMapper
{
    /// <summary>A verified year's figures as the engine's facts of that fiscal year.</summary>
    public static partial FiscalYearFacts ToFacts(this YearlyFigures figures, int fiscalYear);

    public static partial EligibilityProfileDto ToDto(this EligibilityProfile profile);
}
