using Incubation.Certification.Eligibility;
using Incubation.Entities;

namespace Incubation.Certification;

/// <summary>
/// The facts the eligibility rules need that are not yearly figures or certificates: when the enterprise entered its
/// segment market, its R&amp;D institution, its incident record and the 科技型中小企业 R&amp;D measure it declared.
/// One per enterprise; edited by the bureau (and, later, the enterprise on its portal).
/// </summary>
public class EligibilityProfile : FullAuditedAggregateRoot
{
    private EligibilityProfile()
    {
    }

    public EligibilityProfile(Guid enterpriseId)
        : base(Guid.CreateVersion7())
    {
        EnterpriseId = enterpriseId;
    }

    public Guid EnterpriseId { get; private set; }

    /// <summary>The day the enterprise started in its segment market (从事特定细分市场起始).</summary>
    public DateOnly? SegmentMarketSince { get; private set; }

    public RdInstitutionLevel? RdInstitutionLevel { get; private set; }
    public bool? NoMajorIncidentLastYear { get; private set; }
    public TechSmeRdOption? TechSmeRdOption { get; private set; }

    public void Update(DateOnly? segmentMarketSince, RdInstitutionLevel? rdInstitutionLevel, bool? noMajorIncidentLastYear, TechSmeRdOption? techSmeRdOption)
    {
        SegmentMarketSince = segmentMarketSince;
        RdInstitutionLevel = rdInstitutionLevel;
        NoMajorIncidentLastYear = noMajorIncidentLastYear;
        TechSmeRdOption = techSmeRdOption;
    }

    /// <summary>Years in the segment market up to the end of the year before <paramref name="asOf"/> (截至上年末), one decimal.</summary>
    public decimal? SegmentMarketYears(DateOnly asOf)
    {
        if (SegmentMarketSince is not { } since)
        {
            return null;
        }

        var endOfLastYear = new DateOnly(asOf.Year - 1, 12, 31);
        var days = Math.Max(0, endOfLastYear.DayNumber - since.DayNumber + 1);
        return Math.Round(days / 365.25m, 1, MidpointRounding.ToZero);
    }
}
