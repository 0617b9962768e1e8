namespace Incubation.Planning;

/// <summary>The ends of half-years (30 June, 31 December): the points of the trend and of the 半年通报.</summary>
public static class HalfYearEnds
{
    /// <summary>Half-year ends from <paramref name="from"/> (inclusive) to before <paramref name="asOf"/>.</summary>
    public static IEnumerable<DateOnly> Since(DateOnly from, DateOnly asOf)
    {
        for (var date = Next(from.AddDays(-1)); date < asOf; date = Next(date))
        {
            yield return date;
        }
    }

    /// <summary>The last <paramref name="count"/> half-year ends before <paramref name="asOf"/>, oldest first.</summary>
    public static IEnumerable<DateOnly> Before(DateOnly asOf, int count)
    {
        var dates = new List<DateOnly>();
        var date = Previous(asOf);
        for (var i = 0; i < count; i++, date = Previous(date))
        {
            dates.Add(date);
        }

        dates.Reverse();
        return dates;
    }

    /// <summary>The first half-year end after <paramref name="date"/>.</summary>
    public static DateOnly Next(DateOnly date) =>
        date < new DateOnly(date.Year, 6, 30) ? new DateOnly(date.Year, 6, 30)
        : date < new DateOnly(date.Year, 12, 31) ? new DateOnly(date.Year, 12, 31)
        : new DateOnly(date.Year + 1, 6, 30);

    /// <summary>The last half-year end before <paramref name="date"/>.</summary>
    public static DateOnly Previous(DateOnly date) =>
        date > new DateOnly(date.Year, 6, 30) ? new DateOnly(date.Year, 6, 30)
        : new DateOnly(date.Year - 1, 12, 31);
}
