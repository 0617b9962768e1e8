using Incubation.Dtos;

namespace Incubation.Platforms;

/// <summary>科技成果转化项目: each belongs to an enterprise and is seen within the caller's scope of enterprises.</summary>
public interface ITechTransferProjectAppService
{
    Task<PagedResultDto<TechTransferProjectDto>> GetListAsync(GetTechTransferProjectListInput input, CancellationToken cancellationToken);
    Task<IReadOnlyList<TechTransferProjectDto>> GetListForExportAsync(GetTechTransferProjectListInput input, CancellationToken cancellationToken);
    Task<TechTransferProjectDto> GetAsync(Guid id, CancellationToken cancellationToken);
    Task<TechTransferProjectDto> CreateAsync(CreateTechTransferProjectDto input, CancellationToken cancellationToken);
    Task<TechTransferProjectDto> UpdateAsync(Guid id, UpdateTechTransferProjectDto input, CancellationToken cancellationToken);
    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}
