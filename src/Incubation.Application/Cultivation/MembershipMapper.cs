using Riok.Mapperly.Abstractions;

namespace Incubation.Cultivation;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class MembershipMapper
{
    /// <summary>The membership with its timeline in time order (rows loaded from the database come unordered).</summary>
    public static MembershipDto ToDto(this PoolMembership membership)
    {
        var dto = Map(membership);
        return dto with { Events = dto.Events.OrderBy(e => e.Time).ThenBy(e => e.Kind).ToList() };
    }

    private static partial MembershipDto Map(PoolMembership membership);

    private static partial MembershipEventDto Map(PoolMembershipEvent membershipEvent);
}
