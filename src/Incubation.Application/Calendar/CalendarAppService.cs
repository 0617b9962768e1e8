using FluentValidation;
using Incubation.Data;
using Incubation.Identity;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Calendar;

/// <summary>
/// The working-day calendar. Anyone signed in reads it and asks for due dates (visit forms show them); only holders
/// of the calendar permission change it.
/// </summary>
public sealed class CalendarAppService(
    IRepository<CalendarDay> days,
    IWorkingDayCalendarProvider calendars,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    IValidator<UpsertCalendarDayDto> upsertValidator,
    IValidator<CalendarYearQuery> yearValidator,
    IValidator<DueDateQuery> dueDateValidator) : ICalendarAppService
{
    public async Task<IReadOnlyList<CalendarDayDto>> GetYearAsync(int year, CancellationToken cancellationToken)
    {
        EnsureSignedIn();
        await yearValidator.ValidateAndThrowAsync(new CalendarYearQuery(year), cancellationToken);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return await days.Query().AsNoTracking()
            .Where(d => d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date)
            .ProjectToDto()
            .ToListAsync(cancellationToken);
    }

    public async Task<CalendarDayDto> UpsertAsync(UpsertCalendarDayDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Administration.Calendar, cancellationToken);
        await upsertValidator.ValidateAndThrowAsync(input, cancellationToken);

        var day = await days.Query().FirstOrDefaultAsync(d => d.Date == input.Date, cancellationToken);
        if (day is null)
        {
            // A stamp for a day that is gone means the caller's copy is stale (someone deleted it meanwhile).
            if (input.ConcurrencyStamp is not null)
            {
                throw new ConcurrencyConflictException();
            }

            day = new CalendarDay(Guid.CreateVersion7(), input.Date, input.Kind, input.Name);
            days.Add(day);
        }
        else
        {
            // No stamp for a day that exists means the caller did not see it (someone created it meanwhile).
            unitOfWork.ExpectConcurrencyStamp(day, input.ConcurrencyStamp ?? string.Empty);
            day.Change(input.Kind, input.Name);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return day.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Administration.Calendar, cancellationToken);
        var day = await days.Query().FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
                  ?? throw new EntityNotFoundException(nameof(CalendarDay), id);
        days.Remove(day);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<DateOnly> GetDueDateAsync(DateOnly from, int workingDays, CancellationToken cancellationToken)
    {
        EnsureSignedIn();
        await dueDateValidator.ValidateAndThrowAsync(new DueDateQuery(from, workingDays), cancellationToken);
        var calendar = await calendars.GetAsync(from, WorkingDayCalendar.DueDateWindowEnd(from, workingDays), cancellationToken);
        return calendar.AddWorkingDays(from, workingDays);
    }

    private void EnsureSignedIn()
    {
        if (!currentUser.IsAuthenticated)
        {
            throw new AuthorizationException(authenticated: false);
        }
    }
}
