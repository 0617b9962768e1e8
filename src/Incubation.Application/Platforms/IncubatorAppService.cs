using FluentValidation;
using Incubation.Certification;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.Incubators;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Platforms;

/// <summary>
/// Incubators, maker spaces and innovation bases with their targets (plan task 5). Each row's counts are correlated
/// sub-queries of the one SQL statement: the enterprises it incubates now, and those of them holding a 高企 certificate
/// valid today — both among the enterprises the caller's scope shows (the enterprise query filter applies).
/// </summary>
public sealed class IncubatorAppService(
    IRepository<Incubator> incubators,
    IEnterpriseRepository enterprises,
    IRepository<Qualification> qualifications,
    IRepository<SubDistrict> subDistricts,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    TimeProvider clock,
    PlatformValidators validators) : IIncubatorAppService
{
    public const int MaxExportRows = 5_000;

    public async Task<PagedResultDto<IncubatorDto>> GetListAsync(GetIncubatorListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Default, cancellationToken);
        await validators.IncubatorList.ValidateAndThrowAsync(input, cancellationToken);
        var query = Filter(Rows(), input);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await Project(Sort(query, input.Sorting).Skip(input.SkipCount).Take(input.MaxResultCount)).ToListAsync(cancellationToken);
        return new PagedResultDto<IncubatorDto>(total, items);
    }

    public async Task<IReadOnlyList<IncubatorDto>> GetListForExportAsync(GetIncubatorListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Default, cancellationToken);
        input.SkipCount = 0;
        input.MaxResultCount = 1;
        await validators.IncubatorList.ValidateAndThrowAsync(input, cancellationToken);
        return await Project(Sort(Filter(Rows(), input), input.Sorting).Take(MaxExportRows)).ToListAsync(cancellationToken);
    }

    public async Task<IncubatorDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Default, cancellationToken);
        return await Project(Rows().Where(r => r.Incubator.Id == id)).FirstOrDefaultAsync(cancellationToken)
               ?? throw new EntityNotFoundException(nameof(Incubator), id);
    }

    public async Task<IncubatorDto> CreateAsync(CreateIncubatorDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Manage, cancellationToken);
        await validators.CreateIncubator.ValidateAndThrowAsync(input, cancellationToken);
        var incubator = new Incubator(Guid.CreateVersion7(), input.Name.Trim(), input.SubDistrictCode);
        Describe(incubator, input);
        incubators.Add(incubator);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetAsync(incubator.Id, cancellationToken);
    }

    public async Task<IncubatorDto> UpdateAsync(Guid id, UpdateIncubatorDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Manage, cancellationToken);
        await validators.UpdateIncubator.ValidateAndThrowAsync(input, cancellationToken);
        var incubator = await incubators.Query().FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
                        ?? throw new EntityNotFoundException(nameof(Incubator), id);
        unitOfWork.ExpectConcurrencyStamp(incubator, input.ConcurrencyStamp);
        Describe(incubator, input);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetAsync(incubator.Id, cancellationToken);
    }

    private static void Describe(Incubator incubator, CreateUpdateIncubatorDtoBase input) =>
        incubator.Describe(input.Name, input.SubDistrictCode, input.Kind, input.Level, input.Operator, input.IncubatedTarget, input.HighTechTarget);

    private IQueryable<IncubatorRow> Rows()
    {
        var today = ChinaTime.Today(clock);
        return from i in incubators.Query().AsNoTracking()
               join s in subDistricts.Query() on i.SubDistrictCode equals s.Code into places
               from s in places.DefaultIfEmpty()
               select new IncubatorRow
               {
                   Incubator = i,
                   SubDistrictName = s.Name,
                   IncubatedCount = enterprises.Query().Count(e => e.IncubatorId == i.Id),
                   HighTechCount = enterprises.Query().Count(e => e.IncubatorId == i.Id && qualifications.Query().Any(q =>
                       q.EnterpriseId == e.Id && q.Kind == QualificationKind.HighTech && q.IssuedOn <= today && q.ExpiresOn >= today)),
               };
    }

    private static IQueryable<IncubatorRow> Filter(IQueryable<IncubatorRow> query, GetIncubatorListInput input)
    {
        if (input.Kind is { } kind)
        {
            query = query.Where(r => r.Incubator.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(input.SubDistrictCode))
        {
            query = query.Where(r => r.Incubator.SubDistrictCode == input.SubDistrictCode);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(r => r.Incubator.Name.Contains(filter) || (r.Incubator.Operator != null && r.Incubator.Operator.Contains(filter)));
        }

        return query;
    }

    private static IQueryable<IncubatorRow> Sort(IQueryable<IncubatorRow> query, string? sorting) => IncubatorSorting.Parse(sorting) switch
    {
        ("incubatedCount", false) => query.OrderBy(r => r.IncubatedCount).ThenBy(r => r.Incubator.Name).ThenBy(r => r.Incubator.Id),
        ("incubatedCount", true) => query.OrderByDescending(r => r.IncubatedCount).ThenBy(r => r.Incubator.Name).ThenBy(r => r.Incubator.Id),
        ("highTechCount", false) => query.OrderBy(r => r.HighTechCount).ThenBy(r => r.Incubator.Name).ThenBy(r => r.Incubator.Id),
        ("highTechCount", true) => query.OrderByDescending(r => r.HighTechCount).ThenBy(r => r.Incubator.Name).ThenBy(r => r.Incubator.Id),
        ("name", true) => query.OrderByDescending(r => r.Incubator.Name).ThenBy(r => r.Incubator.Id),
        _ => query.OrderBy(r => r.Incubator.Name).ThenBy(r => r.Incubator.Id),
    };

    /// <summary>An innovation base without targets of its own is held to the plan's (task 5).</summary>
    private static IQueryable<IncubatorDto> Project(IQueryable<IncubatorRow> query) =>
        query.Select(r => new IncubatorDto(
            r.Incubator.Id, r.Incubator.Name, r.Incubator.Kind, r.Incubator.Level, r.Incubator.Operator, r.Incubator.SubDistrictCode,
            r.SubDistrictName, r.Incubator.IncubatedTarget, r.Incubator.HighTechTarget,
            r.Incubator.IncubatedTarget ?? (r.Incubator.Kind == IncubatorKind.InnovationBase ? (int?)PlatformConsts.PlanBaseIncubatedTarget : null),
            r.Incubator.HighTechTarget ?? (r.Incubator.Kind == IncubatorKind.InnovationBase ? (int?)PlatformConsts.PlanBaseHighTechTarget : null),
            r.IncubatedCount, r.HighTechCount, r.Incubator.IsDemo, r.Incubator.ConcurrencyStamp));
}

/// <summary>An incubator with its counts, for filtering, sorting by count and paging in SQL.</summary>
internal sealed class IncubatorRow
{
    public required Incubator Incubator { get; init; }
    public string? SubDistrictName { get; init; }
    public int IncubatedCount { get; init; }
    public int HighTechCount { get; init; }
}
