namespace Incubation.Visits;

/// <summary>Who acts on a need, and when (the injected clock's now, UTC).</summary>
public sealed record NeedActor(Guid? UserId, string? UserName, DateTime Time);
