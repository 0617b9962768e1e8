using Riok.Mapperly.Abstractions;

namespace Incubation.Calendar;

/// <summary>Calendar day → DTO, generated at compile time (as a method and as a query projection).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CalendarDayMapper
{
    public static partial IQueryable<CalendarDayDto> ProjectToDto(this IQueryable<CalendarDay> query);

    public static partial CalendarDayDto ToDto(this CalendarDay day);
}
