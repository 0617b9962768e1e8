using Incubation.Entities;

namespace Incubation.Enterprises;

/// <summary>One step of a year's history (submitted, verified, returned, reopened) with the figures as they stood.</summary>
public class YearlyDataRevision : Entity
{
    private YearlyDataRevision()
    {
    }

    internal YearlyDataRevision(Guid yearlyDataId, YearlyDataStatus status, YearlyFigures figures, YearlyDataActor actor, string? comment)
    {
        YearlyDataId = yearlyDataId;
        Status = status;
        FiguresJson = figures.ToJson();
        UserId = actor.UserId;
        UserName = actor.UserName;
        Time = actor.Time;
        Comment = comment;
    }

    public Guid YearlyDataId { get; private set; }

    /// <summary>The status the step led to.</summary>
    public YearlyDataStatus Status { get; private set; }

    /// <summary>The figures at that step, as JSON (see <see cref="YearlyFigures.ToJson"/>).</summary>
    public string FiguresJson { get; private set; } = "{}";

    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public DateTime Time { get; private set; }
    public string? Comment { get; private set; }

    public YearlyFigures GetFigures() => YearlyFigures.FromJson(FiguresJson);
}

/// <summary>Who takes a step and when (UTC).</summary>
public sealed record YearlyDataActor(Guid? UserId, string? UserName, DateTime Time);
