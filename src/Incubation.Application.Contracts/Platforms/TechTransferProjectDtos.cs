using Incubation.Dtos;

namespace Incubation.Platforms;

public sealed record TechTransferProjectDto(
    Guid Id,
    int Year,
    Guid EnterpriseId,
    string EnterpriseName,
    string Title,
    decimal? AmountFunded,
    DateOnly? FundedOn,
    TechTransferStatus Status,
    string? Note,
    DateTime CreationTime,
    string ConcurrencyStamp);

public class GetTechTransferProjectListInput : PagedAndSortedResultRequestDto
{
    public int? Year { get; set; }
    public TechTransferStatus? Status { get; set; }
    public Guid? EnterpriseId { get; set; }

    /// <summary>Matches the title or the enterprise's name.</summary>
    public string? Filter { get; set; }
}

public abstract class CreateUpdateTechTransferProjectDtoBase
{
    /// <summary>The year the project is supported in (it counts for that year).</summary>
    public int Year { get; set; }

    public Guid EnterpriseId { get; set; }
    public string Title { get; set; } = string.Empty;

    /// <summary>In yuan.</summary>
    public decimal? AmountFunded { get; set; }

    /// <summary>Required once funded; within <see cref="Year"/>.</summary>
    public DateOnly? FundedOn { get; set; }

    public TechTransferStatus Status { get; set; }
    public string? Note { get; set; }
}

public sealed class CreateTechTransferProjectDto : CreateUpdateTechTransferProjectDtoBase;

public sealed class UpdateTechTransferProjectDto : CreateUpdateTechTransferProjectDtoBase
{
    public string ConcurrencyStamp { get; set; } = string.Empty;
}
