using Incubation.Dtos;

namespace Incubation.Planning.Benefits;

/// <summary>A subsidy or reward an enterprise received (the benefits ledger's row).</summary>
public sealed record BenefitGrantDto(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    BenefitPolicy Policy,
    string? Batch,
    decimal Amount,
    DateOnly GrantedOn,
    string? Note,
    DateTime CreationTime,
    string ConcurrencyStamp);

/// <summary>A page of the ledger with the total amount of every row the filters select (not only this page's).</summary>
public sealed record BenefitLedgerPageDto(long TotalCount, decimal TotalAmount, IReadOnlyList<BenefitGrantDto> Items);

public class GetBenefitGrantListInput : PagedAndSortedResultRequestDto
{
    /// <summary>One enterprise's grants (its benefits history).</summary>
    public Guid? EnterpriseId { get; set; }

    public BenefitPolicy? Policy { get; set; }

    /// <summary>Grants made in this calendar year.</summary>
    public int? Year { get; set; }

    /// <summary>Matches the enterprise's name or the batch.</summary>
    public string? Filter { get; set; }
}

public abstract class CreateUpdateBenefitGrantDtoBase
{
    public BenefitPolicy Policy { get; set; }

    /// <summary>The batch or document it was paid under (e.g. "2024 年第一批").</summary>
    public string? Batch { get; set; }

    /// <summary>In yuan.</summary>
    public decimal Amount { get; set; }

    public DateOnly GrantedOn { get; set; }
    public string? Note { get; set; }
}

public sealed class CreateBenefitGrantDto : CreateUpdateBenefitGrantDtoBase
{
    public Guid EnterpriseId { get; set; }
}

/// <summary>A grant stays with its enterprise; one recorded for the wrong enterprise is deleted and entered again.</summary>
public sealed class UpdateBenefitGrantDto : CreateUpdateBenefitGrantDtoBase
{
    public string ConcurrencyStamp { get; set; } = string.Empty;
}
