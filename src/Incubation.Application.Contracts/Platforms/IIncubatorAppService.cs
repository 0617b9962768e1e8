using Incubation.Dtos;

namespace Incubation.Platforms;

/// <summary>
/// Incubators, maker spaces and innovation bases with their targets and counts. The plain name list for forms stays
/// in the lookups (api/app/lookups/incubators).
/// </summary>
public interface IIncubatorAppService
{
    Task<PagedResultDto<IncubatorDto>> GetListAsync(GetIncubatorListInput input, CancellationToken cancellationToken);

    /// <summary>Every row the list's filters select (paging ignored), in the list's order, for the export.</summary>
    Task<IReadOnlyList<IncubatorDto>> GetListForExportAsync(GetIncubatorListInput input, CancellationToken cancellationToken);
    Task<IncubatorDto> GetAsync(Guid id, CancellationToken cancellationToken);
    Task<IncubatorDto> CreateAsync(CreateIncubatorDto input, CancellationToken cancellationToken);
    Task<IncubatorDto> UpdateAsync(Guid id, UpdateIncubatorDto input, CancellationToken cancellationToken);
}
