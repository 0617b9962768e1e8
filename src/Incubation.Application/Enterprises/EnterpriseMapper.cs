using Riok.Mapperly.Abstractions;

namespace Incubation.Enterprises;

/// <summary>Entity → DTO mappings of the registry, generated at compile time (names flattened from navigations).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class EnterpriseMapper
{
    public static partial IQueryable<EnterpriseListItemDto> ProjectToListItem(this IQueryable<Enterprise> query);

    public static partial EnterpriseDto ToDto(this Enterprise enterprise);

    private static partial EnterpriseListItemDto ToListItem(Enterprise enterprise);

    private static partial EnterpriseContactDto ToDto(EnterpriseContact contact);
}
