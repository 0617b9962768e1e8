using FluentValidation;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.Incubators;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Certification;

/// <summary>
/// The re-certification list (临期): 高企 certificates in their expiry year, from January on, in the caller's scope.
/// The 2016 rules have no renewal: the enterprise applies again as a new applicant (domain-rules §1.6), so the list
/// is the bureau's work list for the year; a later certificate marks the enterprise as renewed.
/// </summary>
public sealed class RecertificationAppService(
    IRepository<Qualification> qualifications,
    IEnterpriseRepository enterprises,
    IRepository<SubDistrict> subDistricts,
    IRepository<Incubator> incubators,
    IPermissionChecker permissions,
    TimeProvider clock,
    IValidator<GetRecertificationListInput> validator) : IRecertificationAppService
{
    public const int MaxExportRows = 20_000;

    public async Task<PagedResultDto<RecertificationItemDto>> GetListAsync(GetRecertificationListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Qualifications.Default, cancellationToken);
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var query = Filter(input);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.Skip(input.SkipCount).Take(input.MaxResultCount).ToListAsync(cancellationToken);
        return new PagedResultDto<RecertificationItemDto>(total, rows.Select(ToDto).ToList());
    }

    public async Task<IReadOnlyList<RecertificationItemDto>> GetListForExportAsync(GetRecertificationListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Qualifications.Default, cancellationToken);
        input.SkipCount = 0;
        input.MaxResultCount = 1;
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        return (await Filter(input).Take(MaxExportRows).ToListAsync(cancellationToken)).Select(ToDto).ToList();
    }

    private IQueryable<Row> Filter(GetRecertificationListInput input)
    {
        var year = input.Year ?? ChinaTime.Today(clock).Year;
        var (firstDay, lastDay) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var all = qualifications.Query().AsNoTracking();
        var rows =
            from q in all
            join e in enterprises.Query() on q.EnterpriseId equals e.Id
            where q.Kind == QualificationKind.HighTech && q.ExpiresOn >= firstDay && q.ExpiresOn <= lastDay
            orderby q.ExpiresOn, e.Name, q.Id
            select new Row
            {
                Qualification = q,
                EnterpriseName = e.Name,
                SubDistrictCode = e.SubDistrictCode,
                IncubatorId = e.IncubatorId,
                SubDistrictName = subDistricts.Query().Where(d => d.Code == e.SubDistrictCode).Select(d => d.Name).FirstOrDefault(),
                IncubatorName = incubators.Query().Where(i => i.Id == e.IncubatorId).Select(i => i.Name).FirstOrDefault(),
                Renewed = all.Any(later => later.EnterpriseId == q.EnterpriseId && later.Kind == QualificationKind.HighTech && later.IssuedOn > q.IssuedOn),
            };
        if (!string.IsNullOrWhiteSpace(input.SubDistrictCode))
        {
            rows = rows.Where(r => r.SubDistrictCode == input.SubDistrictCode);
        }

        if (input.IncubatorId is { } incubatorId)
        {
            rows = rows.Where(r => r.IncubatorId == incubatorId);
        }

        return rows;
    }

    private RecertificationItemDto ToDto(Row row)
    {
        var q = row.Qualification;
        return new RecertificationItemDto(q.Id, q.EnterpriseId, row.EnterpriseName, q.CertificateNumber, q.IssuedOn, q.ExpiresOn,
            q.ExpiresOn.DayNumber - ChinaTime.Today(clock).DayNumber, row.SubDistrictCode, row.SubDistrictName, row.IncubatorName, row.Renewed);
    }

    private sealed class Row
    {
        public required Qualification Qualification { get; init; }
        public required string EnterpriseName { get; init; }
        public required string SubDistrictCode { get; init; }
        public Guid? IncubatorId { get; init; }
        public string? SubDistrictName { get; init; }
        public string? IncubatorName { get; init; }
        public bool Renewed { get; init; }
    }
}
