using FluentValidation;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Certification.Eligibility;

/// <summary>
/// The bureau's "who do we push this year" list: enterprises ranked by the engine's verdict and score for a kind,
/// with their top gaps, read from the stored snapshots (an index, not the engine per request) in the caller's scope.
/// </summary>
public sealed class EligibilityCandidateAppService(
    IRepository<EligibilitySnapshot> snapshots,
    IEnterpriseRepository enterprises,
    IRepository<SubDistrict> subDistricts,
    IRepository<TechField> techFields,
    EligibilityLocalizer localizer,
    EligibilityRefreshJob refreshJob,
    IPermissionChecker permissions,
    TimeProvider clock,
    IValidator<GetEligibilityCandidatesInput> validator) : IEligibilityCandidateAppService
{
    public const int MaxExportRows = 20_000;

    public async Task<PagedResultDto<EligibilityCandidateDto>> GetListAsync(GetEligibilityCandidatesInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Qualifications.Default, cancellationToken);
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var query = Filter(input);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await Rank(query).Skip(input.SkipCount).Take(input.MaxResultCount).ToListAsync(cancellationToken);
        return new PagedResultDto<EligibilityCandidateDto>(total, rows.Select(ToDto).ToList());
    }

    public async Task<IReadOnlyList<EligibilityCandidateDto>> GetListForExportAsync(GetEligibilityCandidatesInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Qualifications.Default, cancellationToken);
        input.SkipCount = 0;
        input.MaxResultCount = 1;
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var rows = await Rank(Filter(input)).Take(MaxExportRows).ToListAsync(cancellationToken);
        return rows.Select(ToDto).ToList();
    }

    public async Task<EligibilityRefreshResultDto> RefreshAsync(CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Qualifications.Manage, cancellationToken);
        return await refreshJob.RunAsync(ChinaTime.Today(clock), cancellationToken);
    }

    private IQueryable<CandidateRow> Filter(GetEligibilityCandidatesInput input)
    {
        var rows =
            from s in snapshots.Query().AsNoTracking()
            join e in enterprises.Query() on s.EnterpriseId equals e.Id
            where s.Kind == input.Kind
            select new CandidateRow
            {
                Snapshot = s,
                EnterpriseName = e.Name,
                SubDistrictCode = e.SubDistrictCode,
                SubDistrictName = subDistricts.Query().Where(d => d.Code == e.SubDistrictCode).Select(d => d.Name).FirstOrDefault(),
                IndustryFieldCode = e.IndustryFieldCode,
                IndustryFieldName = techFields.Query().Where(f => f.Code == e.IndustryFieldCode).Select(f => f.Name).FirstOrDefault(),
            };
        if (!string.IsNullOrWhiteSpace(input.SubDistrictCode))
        {
            rows = rows.Where(r => r.SubDistrictCode == input.SubDistrictCode);
        }

        if (!string.IsNullOrWhiteSpace(input.IndustryFieldCode))
        {
            rows = rows.Where(r => r.IndustryFieldCode.StartsWith(input.IndustryFieldCode));
        }

        if (input.Verdict is { } verdict)
        {
            rows = rows.Where(r => r.Snapshot.Verdict == verdict);
        }

        return rows;
    }

    /// <summary>
    /// Eligible first, then needing review, then the rest; within each, the higher assured score (an enterprise with
    /// no figures has a wide range from 0, so it does not outrank one whose figures earn points), then fewer failures.
    /// </summary>
    private static IQueryable<CandidateRow> Rank(IQueryable<CandidateRow> rows) =>
        rows.OrderBy(r => r.Snapshot.VerdictRank)
            .ThenByDescending(r => r.Snapshot.ScoreMin)
            .ThenByDescending(r => r.Snapshot.ScoreMax)
            .ThenBy(r => r.Snapshot.FailedCount)
            .ThenBy(r => r.EnterpriseName)
            .ThenBy(r => r.Snapshot.EnterpriseId);

    private EligibilityCandidateDto ToDto(CandidateRow row) => new(
        row.Snapshot.EnterpriseId,
        row.EnterpriseName,
        row.SubDistrictCode,
        row.SubDistrictName,
        row.IndustryFieldCode,
        row.IndustryFieldName,
        row.Snapshot.Kind,
        row.Snapshot.Verdict,
        row.Snapshot.ScoreMin,
        row.Snapshot.ScoreMax,
        row.Snapshot.PassMark,
        row.Snapshot.FailedCount,
        EligibilitySnapshotWriter.ReadGaps(row.Snapshot.TopGapsJson).Select(localizer.Localize).ToList(),
        row.Snapshot.AsOf,
        row.Snapshot.RuleSet);

    private sealed class CandidateRow
    {
        public required EligibilitySnapshot Snapshot { get; init; }
        public required string EnterpriseName { get; init; }
        public required string SubDistrictCode { get; init; }
        public string? SubDistrictName { get; init; }
        public required string IndustryFieldCode { get; init; }
        public string? IndustryFieldName { get; init; }
    }
}
