using FluentValidation;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Platforms;

/// <summary>
/// The register of 科技创新平台. Queries go through the scope-filtered repositories: a platform hosted by an enterprise
/// is seen with that enterprise, one hosted by an institution by every reader; the host named on a write must be
/// an enterprise the caller sees (the validator checks it).
/// </summary>
public sealed class InnovationPlatformAppService(
    IRepository<InnovationPlatform> platforms,
    IEnterpriseRepository enterprises,
    IRepository<SubDistrict> subDistricts,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    PlatformValidators validators) : IInnovationPlatformAppService
{
    public const int MaxExportRows = 20_000;

    public async Task<PagedResultDto<InnovationPlatformDto>> GetListAsync(GetInnovationPlatformListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Default, cancellationToken);
        await validators.PlatformList.ValidateAndThrowAsync(input, cancellationToken);
        var query = Filter(Rows(), input);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await Project(PlatformSorting.Apply(query, input.Sorting).Skip(input.SkipCount).Take(input.MaxResultCount))
            .ToListAsync(cancellationToken);
        return new PagedResultDto<InnovationPlatformDto>(total, items);
    }

    public async Task<IReadOnlyList<InnovationPlatformDto>> GetListForExportAsync(GetInnovationPlatformListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Default, cancellationToken);
        input.SkipCount = 0;
        input.MaxResultCount = 1;
        await validators.PlatformList.ValidateAndThrowAsync(input, cancellationToken);
        return await Project(PlatformSorting.Apply(Filter(Rows(), input), input.Sorting).Take(MaxExportRows)).ToListAsync(cancellationToken);
    }

    public async Task<InnovationPlatformDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Default, cancellationToken);
        return await Project(Rows().Where(r => r.Platform.Id == id)).FirstOrDefaultAsync(cancellationToken)
               ?? throw new EntityNotFoundException(nameof(InnovationPlatform), id);
    }

    public async Task<InnovationPlatformDto> CreateAsync(CreateInnovationPlatformDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Manage, cancellationToken);
        await validators.CreatePlatform.ValidateAndThrowAsync(input, cancellationToken);
        var platform = new InnovationPlatform(Guid.CreateVersion7(), Describe(input));
        platforms.Add(platform);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetAsync(platform.Id, cancellationToken);
    }

    public async Task<InnovationPlatformDto> UpdateAsync(Guid id, UpdateInnovationPlatformDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Manage, cancellationToken);
        await validators.UpdatePlatform.ValidateAndThrowAsync(input, cancellationToken);
        var platform = await FindAsync(id, cancellationToken);
        unitOfWork.ExpectConcurrencyStamp(platform, input.ConcurrencyStamp);
        platform.Describe(Describe(input));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetAsync(platform.Id, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Manage, cancellationToken);
        platforms.Remove(await FindAsync(id, cancellationToken));
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task<InnovationPlatform> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await platforms.Query().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(InnovationPlatform), id);

    private static PlatformDescription Describe(CreateUpdateInnovationPlatformDtoBase input) => new(
        input.Name, input.Kind, input.Level, input.HostEnterpriseId, input.HostInstitution, input.SubDistrictCode,
        input.ApprovalNumber, input.ApprovedOn, input.Status, input.EndedOn, input.Note);

    private IQueryable<PlatformRow> Rows() =>
        from p in platforms.Query().AsNoTracking()
        join e in enterprises.Query() on p.HostEnterpriseId equals (Guid?)e.Id into hosts
        from e in hosts.DefaultIfEmpty()
        join s in subDistricts.Query() on p.SubDistrictCode equals s.Code into places
        from s in places.DefaultIfEmpty()
        select new PlatformRow { Platform = p, HostEnterpriseName = e.Name, SubDistrictName = s.Name };

    private static IQueryable<PlatformRow> Filter(IQueryable<PlatformRow> query, GetInnovationPlatformListInput input)
    {
        if (input.Kind is { } kind)
        {
            query = query.Where(r => r.Platform.Kind == kind);
        }

        if (input.Level is { } level)
        {
            query = query.Where(r => r.Platform.Level == level);
        }

        if (input.Status is { } status)
        {
            query = query.Where(r => r.Platform.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(input.SubDistrictCode))
        {
            query = query.Where(r => r.Platform.SubDistrictCode == input.SubDistrictCode);
        }

        if (input.HostEnterpriseId is { } hostId)
        {
            query = query.Where(r => r.Platform.HostEnterpriseId == hostId);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(r => r.Platform.Name.Contains(filter)
                                     || (r.Platform.ApprovalNumber != null && r.Platform.ApprovalNumber.Contains(filter))
                                     || (r.Platform.HostInstitution != null && r.Platform.HostInstitution.Contains(filter))
                                     || (r.HostEnterpriseName != null && r.HostEnterpriseName.Contains(filter)));
        }

        return query;
    }

    private static IQueryable<InnovationPlatformDto> Project(IQueryable<PlatformRow> query) =>
        query.Select(r => new InnovationPlatformDto(
            r.Platform.Id, r.Platform.Name, r.Platform.Kind, r.Platform.Level, r.Platform.HostEnterpriseId, r.HostEnterpriseName,
            r.Platform.HostInstitution, r.Platform.SubDistrictCode, r.SubDistrictName, r.Platform.ApprovalNumber,
            r.Platform.ApprovedOn, r.Platform.Status, r.Platform.EndedOn, r.Platform.Note, r.Platform.CreationTime,
            r.Platform.ConcurrencyStamp));
}
