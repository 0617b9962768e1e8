using FluentValidation;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Calendar;

/// <summary>
/// A day of the calendar: a date in the supported years, a known kind, a name; a make-up working day only on a
/// Saturday or Sunday (a weekday is a working day already). A holiday may fall on any day, weekends included.
/// </summary>
public sealed class UpsertCalendarDayDtoValidator : AbstractValidator<UpsertCalendarDayDto>
{
    public UpsertCalendarDayDtoValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.Date)
            .Must(d => d.Year is >= CalendarConsts.MinYear and <= CalendarConsts.MaxYear)
            .WithMessage(_ => l["Calendar:YearOutOfRange", CalendarConsts.MinYear, CalendarConsts.MaxYear])
            .Must((input, date) => input.Kind != CalendarDayKind.MakeUpWorkday || WorkingDayCalendar.IsWeekend(date))
            .WithMessage(_ => l["Calendar:MakeUpWorkdayNotOnWeekend"])
            .Named(l, "Calendar:Date");
        RuleFor(x => x.Kind).IsInEnum().Named(l, "Calendar:Kind");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(CalendarConsts.MaxNameLength).Named(l, "Calendar:Name");
    }
}

public sealed class CalendarYearQueryValidator : AbstractValidator<CalendarYearQuery>
{
    public CalendarYearQueryValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.Year).InclusiveBetween(CalendarConsts.MinYear, CalendarConsts.MaxYear).Named(l, "Calendar:Year");
    }
}

public sealed class DueDateQueryValidator : AbstractValidator<DueDateQuery>
{
    public DueDateQueryValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.From)
            .Must(d => d.Year is >= CalendarConsts.MinYear and <= CalendarConsts.MaxYear)
            .WithMessage(_ => l["Calendar:YearOutOfRange", CalendarConsts.MinYear, CalendarConsts.MaxYear])
            .Named(l, "Calendar:From");
        RuleFor(x => x.WorkingDays).InclusiveBetween(0, CalendarConsts.MaxWorkingDays).Named(l, "Calendar:WorkingDays");
    }
}
