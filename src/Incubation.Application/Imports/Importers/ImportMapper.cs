using Incubation.Enterprises;
using Riok.Mapperly.Abstractions;

namespace Incubation.Imports;

/// <summary>Stored figures as the yearly-data form's input, so an imported year is checked by the form's own validator.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ImportMapper
{
    [MapperIgnoreTarget(nameof(UpdateYearlyDataDto.ConcurrencyStamp))]
    public static partial UpdateYearlyDataDto ToInput(this YearlyFigures figures);
}
