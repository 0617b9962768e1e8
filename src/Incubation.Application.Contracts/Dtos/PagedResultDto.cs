namespace Incubation.Dtos;

public sealed record PagedResultDto<T>(long TotalCount, IReadOnlyList<T> Items);
