using Incubation.Data;
using Incubation.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Certification.Eligibility;

/// <summary>
/// Reads the facts of one enterprise as the engine needs them: only figures the bureau verified on or before the
/// assessment date count; IP counts are those of the latest verified year; unknown stays null.
/// </summary>
public sealed class EnterpriseFactsReader(
    IEnterpriseRepository enterprises,
    IYearlyDataRepository yearlyData,
    IRepository<Qualification> qualifications,
    IRepository<EligibilityProfile> profiles)
{
    /// <summary>The enterprise must be visible (the queries are scope-filtered): 404 otherwise.</summary>
    public async Task<EnterpriseFacts> ReadAsync(Guid enterpriseId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.Query().AsNoTracking()
                             .Where(e => e.Id == enterpriseId)
                             .Select(e => new { e.EstablishedOn, e.IndustryFieldCode })
                             .FirstOrDefaultAsync(cancellationToken)
                         ?? throw new EntityNotFoundException(nameof(Enterprise), enterpriseId);

        var cutoff = asOf.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var firstYear = asOf.Year - EligibilityConsts.YearsLookedBack;
        var years = await yearlyData.Query().AsNoTracking()
            .Where(y => y.EnterpriseId == enterpriseId && y.Status == YearlyDataStatus.Verified && y.VerifiedAt < cutoff
                        && y.FiscalYear >= firstYear && y.FiscalYear < asOf.Year)
            .OrderBy(y => y.FiscalYear)
            .ToListAsync(cancellationToken);

        var held = await qualifications.Query().AsNoTracking()
            .Where(q => q.EnterpriseId == enterpriseId && q.IssuedOn <= asOf)
            .Select(q => new HeldQualification(q.Kind, q.IssuedOn, q.ExpiresOn))
            .ToListAsync(cancellationToken);

        var profile = await profiles.Query().AsNoTracking().FirstOrDefaultAsync(p => p.EnterpriseId == enterpriseId, cancellationToken);
        var latest = years.LastOrDefault()?.GetFigures();

        return new EnterpriseFacts
        {
            EstablishedOn = enterprise.EstablishedOn,
            IndustryFieldCode = string.IsNullOrEmpty(enterprise.IndustryFieldCode) ? null : enterprise.IndustryFieldCode,
            Years = years.Select(y => y.GetFigures().ToFacts(y.FiscalYear)).ToList(),
            IpClass1Count = latest?.IpClass1Count,
            IpClass1SelfDevelopedCount = latest?.IpClass1SelfDevelopedCount,
            IpClass2Count = latest?.IpClass2Count,
            SegmentMarketYears = profile?.SegmentMarketYears(asOf),
            RdInstitutionLevel = profile?.RdInstitutionLevel,
            NoMajorIncidentLastYear = profile?.NoMajorIncidentLastYear,
            TechSmeRdOption = profile?.TechSmeRdOption,
            Qualifications = held,
        };
    }
}
