using Incubation.Certification.Eligibility;

namespace Incubation.Certification;

/// <summary>What-if or self-assessment: facts given in the body, evaluated as of a date; nothing is stored.</summary>
public class AssessEligibilityInput
{
    public DateOnly AsOf { get; set; }

    /// <summary>Omitted or empty: every kind with a rule set in force on <see cref="AsOf"/>.</summary>
    public List<QualificationKind>? Kinds { get; set; }

    public EnterpriseFacts Facts { get; set; } = new();
}

public class GetEnterpriseEligibilityInput
{
    /// <summary>Omitted: today (China time).</summary>
    public DateOnly? AsOf { get; set; }
}

/// <summary>A value with its unit, and the same formatted for the user's language (¥ 4.2M / 420万元, 4.2 %…).</summary>
public sealed record MeasureDto(decimal Value, MeasureUnit Unit, string Text);

public sealed record CriterionDto(
    string Code,
    bool? Passed,
    MeasureDto? Actual,
    MeasureDto? Required,
    MeasureDto? Gap,
    PointsRange? Points,
    bool IsCondition,
    string Source,
    IReadOnlyList<string> MissingFacts,
    string Message);

public sealed record RuleSetDto(
    string Id, QualificationKind Kind, string Version, string Documents, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

public sealed record KindAssessmentDto(
    QualificationKind Kind,
    string RuleSet,
    RuleSetDto RuleSetInfo,
    EligibilityVerdict Verdict,
    ScoreSummary? Score,
    IReadOnlyList<CriterionDto> Criteria);

public sealed record EligibilityResultDto(DateOnly AsOf, IReadOnlyList<KindAssessmentDto> Results);

/// <summary>The assessment of an enterprise's verified data; stored as <see cref="RunId"/> with the facts it used.</summary>
public sealed record EnterpriseEligibilityDto(
    Guid RunId, Guid EnterpriseId, DateOnly AsOf, EnterpriseFacts Facts, IReadOnlyList<KindAssessmentDto> Results);

public sealed record EligibilityProfileDto(
    DateOnly? SegmentMarketSince,
    RdInstitutionLevel? RdInstitutionLevel,
    bool? NoMajorIncidentLastYear,
    TechSmeRdOption? TechSmeRdOption,
    string? ConcurrencyStamp);

public class UpdateEligibilityProfileDto
{
    public DateOnly? SegmentMarketSince { get; set; }
    public RdInstitutionLevel? RdInstitutionLevel { get; set; }
    public bool? NoMajorIncidentLastYear { get; set; }
    public TechSmeRdOption? TechSmeRdOption { get; set; }

    /// <summary>The stamp read with the profile; null when none existed yet.</summary>
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>The eligibility engine over the API: what-if facts for any signed-in user, verified data in scope.</summary>
public interface IEligibilityAppService
{
    Task<EligibilityResultDto> AssessAsync(AssessEligibilityInput input, CancellationToken cancellationToken);

    Task<EnterpriseEligibilityDto> GetForEnterpriseAsync(Guid enterpriseId, GetEnterpriseEligibilityInput input, CancellationToken cancellationToken);

    Task<IReadOnlyList<RuleSetDto>> GetRuleSetsAsync(CancellationToken cancellationToken);

    Task<EligibilityProfileDto> GetProfileAsync(Guid enterpriseId, CancellationToken cancellationToken);

    Task<EligibilityProfileDto> UpdateProfileAsync(Guid enterpriseId, UpdateEligibilityProfileDto input, CancellationToken cancellationToken);
}

/// <summary>The ranked candidate list ("who do we push this year") for one kind.</summary>
public class GetEligibilityCandidatesInput : Incubation.Dtos.PagedAndSortedResultRequestDto
{
    public QualificationKind Kind { get; set; } = QualificationKind.SrdiSme;
    public string? SubDistrictCode { get; set; }

    /// <summary>A technology field code; its sub-fields match too.</summary>
    public string? IndustryFieldCode { get; set; }

    public EligibilityVerdict? Verdict { get; set; }
}

public sealed record EligibilityCandidateDto(
    Guid EnterpriseId,
    string EnterpriseName,
    string SubDistrictCode,
    string? SubDistrictName,
    string IndustryFieldCode,
    string? IndustryFieldName,
    QualificationKind Kind,
    EligibilityVerdict Verdict,
    decimal? ScoreMin,
    decimal? ScoreMax,
    decimal? PassMark,
    int FailedCount,
    IReadOnlyList<CriterionDto> TopGaps,
    DateOnly AsOf,
    string RuleSet);

public sealed record EligibilityRefreshResultDto(DateOnly AsOf, int Enterprises, int Snapshots);

/// <summary>Ranked lists built on the stored snapshots of the engine's results.</summary>
public interface IEligibilityCandidateAppService
{
    Task<Incubation.Dtos.PagedResultDto<EligibilityCandidateDto>> GetListAsync(GetEligibilityCandidatesInput input, CancellationToken cancellationToken);

    Task<IReadOnlyList<EligibilityCandidateDto>> GetListForExportAsync(GetEligibilityCandidatesInput input, CancellationToken cancellationToken);

    /// <summary>Recomputes every visible enterprise's snapshots as of today (the nightly job does the same).</summary>
    Task<EligibilityRefreshResultDto> RefreshAsync(CancellationToken cancellationToken);
}
