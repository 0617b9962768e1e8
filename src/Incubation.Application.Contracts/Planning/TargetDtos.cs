namespace Incubation.Planning;

public sealed record TargetDto(
    Guid Id,
    Indicator Indicator,
    IndicatorUnit Unit,
    TargetShape Shape,
    int? BaselineYear,
    decimal? BaselineValue,
    int TargetYear,
    decimal TargetValue,
    string? Note,
    string ConcurrencyStamp);

/// <summary>A change of one target by the bureau; the stamp read with it guards against overwriting a newer edit.</summary>
public class UpdateTargetDto
{
    public int? BaselineYear { get; set; }
    public decimal? BaselineValue { get; set; }
    public int TargetYear { get; set; }
    public decimal TargetValue { get; set; }
    public string? Note { get; set; }
    public string ConcurrencyStamp { get; set; } = string.Empty;
}

public interface ITargetAppService
{
    Task<IReadOnlyList<TargetDto>> GetListAsync(CancellationToken cancellationToken);

    Task<TargetDto> UpdateAsync(Guid id, UpdateTargetDto input, CancellationToken cancellationToken);
}
