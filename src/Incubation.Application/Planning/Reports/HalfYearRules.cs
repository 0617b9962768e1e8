using Incubation.Visits;

namespace Incubation.Planning.Reports;

/// <summary>Reporting half-years: nothing is reported or drafted for a half-year that has not begun.</summary>
internal static class HalfYearRules
{
    /// <summary>True when the half-year has begun by today (China time); an invalid one is left to the range rules.</summary>
    public static bool HasBegun(int year, int half, TimeProvider clock) =>
        !HalfYear.IsValid(year, half) || new HalfYear(year, half).Start <= ChinaTime.Today(clock);
}
