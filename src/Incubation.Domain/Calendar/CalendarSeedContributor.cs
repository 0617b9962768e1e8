using Incubation.Data;

namespace Incubation.Calendar;

/// <summary>
/// Seeds the State Council's holidays and make-up days from the shared reference file, one year at a time: a year
/// the calendar holds no day of yet is added whole; a year it already holds belongs to the bureau and is left alone.
/// Seeding by year, not by day, is what keeps a day the bureau deleted deleted (a soft-deleted day is invisible to
/// the query, so a per-day check would bring it back on every start), and never overwrites a day it changed.
/// </summary>
public sealed class CalendarSeedContributor(IRepository<CalendarDay> days, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 5;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        var rowsByYear = ReferenceData.PublicHolidays().GroupBy(r => r.Date.Year).ToList();
        var first = new DateOnly(rowsByYear.Min(g => g.Key), 1, 1);
        var last = new DateOnly(rowsByYear.Max(g => g.Key), 12, 31);
        var heldYears = days.Query().Where(d => d.Date >= first && d.Date <= last).Select(d => d.Date).ToList()
            .Select(d => d.Year).ToHashSet();

        foreach (var row in rowsByYear.Where(g => !heldYears.Contains(g.Key)).SelectMany(g => g))
        {
            days.Add(new CalendarDay(Guid.CreateVersion7(), row.Date, row.Kind, row.Name));
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
