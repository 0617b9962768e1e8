using FluentValidation;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Platforms;

/// <summary>
/// 科技成果转化项目. A project follows its enterprise (query filter and the inner join): the caller sees and changes only
/// projects of enterprises in their scope, and names only such an enterprise on a write (the validator checks it).
/// </summary>
public sealed class TechTransferProjectAppService(
    IRepository<TechTransferProject> projects,
    IEnterpriseRepository enterprises,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    PlatformValidators validators) : ITechTransferProjectAppService
{
    public const int MaxExportRows = 20_000;

    public async Task<PagedResultDto<TechTransferProjectDto>> GetListAsync(GetTechTransferProjectListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Default, cancellationToken);
        await validators.ProjectList.ValidateAndThrowAsync(input, cancellationToken);
        var query = Filter(Rows(), input);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await Project(ProjectSorting.Apply(query, input.Sorting).Skip(input.SkipCount).Take(input.MaxResultCount))
            .ToListAsync(cancellationToken);
        return new PagedResultDto<TechTransferProjectDto>(total, items);
    }

    public async Task<IReadOnlyList<TechTransferProjectDto>> GetListForExportAsync(GetTechTransferProjectListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Default, cancellationToken);
        input.SkipCount = 0;
        input.MaxResultCount = 1;
        await validators.ProjectList.ValidateAndThrowAsync(input, cancellationToken);
        return await Project(ProjectSorting.Apply(Filter(Rows(), input), input.Sorting).Take(MaxExportRows)).ToListAsync(cancellationToken);
    }

    public async Task<TechTransferProjectDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Default, cancellationToken);
        return await Project(Rows().Where(r => r.Project.Id == id)).FirstOrDefaultAsync(cancellationToken)
               ?? throw new EntityNotFoundException(nameof(TechTransferProject), id);
    }

    public async Task<TechTransferProjectDto> CreateAsync(CreateTechTransferProjectDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Manage, cancellationToken);
        await validators.CreateProject.ValidateAndThrowAsync(input, cancellationToken);
        var project = new TechTransferProject(Guid.CreateVersion7(), Describe(input));
        projects.Add(project);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetAsync(project.Id, cancellationToken);
    }

    public async Task<TechTransferProjectDto> UpdateAsync(Guid id, UpdateTechTransferProjectDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Manage, cancellationToken);
        await validators.UpdateProject.ValidateAndThrowAsync(input, cancellationToken);
        var project = await FindAsync(id, cancellationToken);
        unitOfWork.ExpectConcurrencyStamp(project, input.ConcurrencyStamp);
        project.Describe(Describe(input));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetAsync(project.Id, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Platforms.Manage, cancellationToken);
        projects.Remove(await FindAsync(id, cancellationToken));
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task<TechTransferProject> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await projects.Query().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(TechTransferProject), id);

    private static TechTransferDescription Describe(CreateUpdateTechTransferProjectDtoBase input) => new(
        input.Year, input.EnterpriseId, input.Title, input.AmountFunded, input.FundedOn, input.Status, input.Note);

    private IQueryable<ProjectRow> Rows() =>
        from p in projects.Query().AsNoTracking()
        join e in enterprises.Query() on p.EnterpriseId equals e.Id
        select new ProjectRow { Project = p, EnterpriseName = e.Name };

    private static IQueryable<ProjectRow> Filter(IQueryable<ProjectRow> query, GetTechTransferProjectListInput input)
    {
        if (input.Year is { } year)
        {
            query = query.Where(r => r.Project.Year == year);
        }

        if (input.Status is { } status)
        {
            query = query.Where(r => r.Project.Status == status);
        }

        if (input.EnterpriseId is { } enterpriseId)
        {
            query = query.Where(r => r.Project.EnterpriseId == enterpriseId);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(r => r.Project.Title.Contains(filter) || r.EnterpriseName.Contains(filter));
        }

        return query;
    }

    private static IQueryable<TechTransferProjectDto> Project(IQueryable<ProjectRow> query) =>
        query.Select(r => new TechTransferProjectDto(
            r.Project.Id, r.Project.Year, r.Project.EnterpriseId, r.EnterpriseName, r.Project.Title, r.Project.AmountFunded,
            r.Project.FundedOn, r.Project.Status, r.Project.Note, r.Project.CreationTime, r.Project.ConcurrencyStamp));
}
