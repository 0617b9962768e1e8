namespace Incubation.Calendar;

/// <summary>
/// How a day departs from the plain week (Monday–Friday working, weekends off): a public holiday, or a weekend day
/// worked in exchange for a longer holiday (调休上班). Ordinary days are not stored.
/// </summary>
public enum CalendarDayKind
{
    Holiday = 1,
    MakeUpWorkday = 2,
}

public static class CalendarConsts
{
    public const int MaxNameLength = 64;

    /// <summary>The years the calendar can be read or maintained for.</summary>
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>The longest due-date span a caller may ask for (a need category's default is at most a few weeks).</summary>
    public const int MaxWorkingDays = 60;
}
