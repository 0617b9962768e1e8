namespace Incubation.Cultivation;

/// <summary>Recorded when the pool falls below its floor (the plan: ≥ 120 at all times), for the reports.</summary>
public class PoolFloorBreach
{
    private PoolFloorBreach()
    {
    }

    public PoolFloorBreach(DateTime time, int size, int floor, Guid? membershipId)
    {
        Id = Guid.CreateVersion7();
        Time = time;
        Size = size;
        Floor = floor;
        MembershipId = membershipId;
    }

    public Guid Id { get; private set; }
    public DateTime Time { get; private set; }
    public int Size { get; private set; }
    public int Floor { get; private set; }

    /// <summary>The exit that took the pool below the floor.</summary>
    public Guid? MembershipId { get; private set; }
}
