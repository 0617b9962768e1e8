using Riok.Mapperly.Abstractions;

namespace Incubation.Enterprises;

/// <summary>Yearly data mappings, generated at compile time: entity → DTO, figures ↔ their flat DTO.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class YearlyDataMapper
{
    public static partial YearlyDataDto ToDto(this YearlyData yearlyData);

    /// <summary>The figures of an input as a domain value (never the input onto the entity).</summary>
    public static partial YearlyFigures ToFigures(this YearlyFiguresDto input);

    public static YearlyDataRevisionDto ToRevisionDto(this YearlyDataRevision revision) =>
        new(revision.Status, ToFiguresDto(revision.GetFigures()), revision.Comment, revision.UserName, revision.Time);

    private static partial YearlyFiguresDto ToFiguresDto(YearlyFigures figures);

    private static partial FigureSourceDto ToDto(FigureSource source);
}
