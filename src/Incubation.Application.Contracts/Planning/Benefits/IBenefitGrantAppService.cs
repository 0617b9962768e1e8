namespace Incubation.Planning.Benefits;

/// <summary>The benefits ledger (惠企资金台账): what the district granted to which enterprise, within the caller's scope.</summary>
public interface IBenefitGrantAppService
{
    Task<BenefitLedgerPageDto> GetListAsync(GetBenefitGrantListInput input, CancellationToken cancellationToken);
    Task<IReadOnlyList<BenefitGrantDto>> GetListForExportAsync(GetBenefitGrantListInput input, CancellationToken cancellationToken);
    Task<BenefitGrantDto> GetAsync(Guid id, CancellationToken cancellationToken);
    Task<BenefitGrantDto> CreateAsync(CreateBenefitGrantDto input, CancellationToken cancellationToken);
    Task<BenefitGrantDto> UpdateAsync(Guid id, UpdateBenefitGrantDto input, CancellationToken cancellationToken);
    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}
