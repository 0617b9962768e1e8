using Incubation.Dtos;

namespace Incubation.Platforms;

/// <summary>The register of 科技创新平台: read by the platforms' readers, changed by their managers.</summary>
public interface IInnovationPlatformAppService
{
    Task<PagedResultDto<InnovationPlatformDto>> GetListAsync(GetInnovationPlatformListInput input, CancellationToken cancellationToken);

    /// <summary>Every row the list's filters select (paging ignored), in the list's order, for the export.</summary>
    Task<IReadOnlyList<InnovationPlatformDto>> GetListForExportAsync(GetInnovationPlatformListInput input, CancellationToken cancellationToken);

    Task<InnovationPlatformDto> GetAsync(Guid id, CancellationToken cancellationToken);
    Task<InnovationPlatformDto> CreateAsync(CreateInnovationPlatformDto input, CancellationToken cancellationToken);
    Task<InnovationPlatformDto> UpdateAsync(Guid id, UpdateInnovationPlatformDto input, CancellationToken cancellationToken);
    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}
