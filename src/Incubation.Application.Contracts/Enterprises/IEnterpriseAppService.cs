using Incubation.Dtos;

namespace Incubation.Enterprises;

/// <summary>The bureau's and officers' enterprise registry (企业库).</summary>
public interface IEnterpriseAppService
{
    Task<PagedResultDto<EnterpriseListItemDto>> GetListAsync(GetEnterpriseListInput input, CancellationToken cancellationToken);

    /// <summary>
    /// Every enterprise of the list with its filters and sorting (paging ignored), read as they are written out, so a
    /// large registry is never held in memory.
    /// </summary>
    Task<IAsyncEnumerable<EnterpriseListItemDto>> GetListForExportAsync(GetEnterpriseListInput input, CancellationToken cancellationToken);

    Task<EnterpriseDto> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<EnterpriseDto> CreateAsync(CreateEnterpriseDto input, CancellationToken cancellationToken);

    Task<EnterpriseDto> UpdateAsync(Guid id, UpdateEnterpriseDto input, CancellationToken cancellationToken);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}
