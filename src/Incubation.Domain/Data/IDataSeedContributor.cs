namespace Incubation.Data;

/// <summary>Seeds one kind of data; must be idempotent (run on every start and every migration).</summary>
public interface IDataSeedContributor
{
    /// <summary>Contributors run in ascending order (lookups before users that reference them).</summary>
    int Order { get; }

    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken);
}

/// <summary>What the seeding run may do: the demo set only in Development.</summary>
public sealed record DataSeedContext(bool IncludeDemoData, string? AdminPassword);
