using FluentValidation;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Identity;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Enterprises;

/// <summary>
/// The enterprise registry for the bureau and officers. Every query goes through the repository, whose queries are
/// already limited to the caller's data scope; writes are also checked to stay inside it.
/// </summary>
public sealed class EnterpriseAppService(
    IEnterpriseRepository enterprises,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    IValidator<GetEnterpriseListInput> listValidator,
    IValidator<CreateEnterpriseDto> createValidator,
    IValidator<UpdateEnterpriseDto> updateValidator) : IEnterpriseAppService
{
    /// <summary>A bound for one export; the whole district's registry is a few thousand.</summary>
    public const int MaxExportRows = 100_000;

    public async Task<PagedResultDto<EnterpriseListItemDto>> GetListAsync(GetEnterpriseListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Enterprises.Default, cancellationToken);
        await listValidator.ValidateAndThrowAsync(input, cancellationToken);

        var query = Filter(enterprises.Query(), input);
        var totalCount = await query.LongCountAsync(cancellationToken);
        var items = await EnterpriseSorting.Apply(query, input.Sorting)
            .Skip(input.SkipCount)
            .Take(input.MaxResultCount)
            .ProjectToListItem()
            .ToListAsync(cancellationToken);
        return new PagedResultDto<EnterpriseListItemDto>(totalCount, items);
    }

    public async Task<IAsyncEnumerable<EnterpriseListItemDto>> GetListForExportAsync(GetEnterpriseListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Enterprises.Default, cancellationToken);
        input.SkipCount = 0;
        input.MaxResultCount = 1;
        await listValidator.ValidateAndThrowAsync(input, cancellationToken);
        return EnterpriseSorting.Apply(Filter(enterprises.Query(), input), input.Sorting)
            .Take(MaxExportRows)
            .ProjectToListItem()
            .AsAsyncEnumerable();
    }

    public async Task<EnterpriseDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Enterprises.Default, cancellationToken);
        var enterprise = await enterprises.FindForUpdateAsync(id, cancellationToken)
                         ?? throw new EntityNotFoundException(nameof(Enterprise), id);
        return enterprise.ToDto();
    }

    public async Task<EnterpriseDto> CreateAsync(CreateEnterpriseDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Enterprises.Create, cancellationToken);
        await createValidator.ValidateAndThrowAsync(input, cancellationToken);

        var creditCode = CreditCode.Create(input.UnifiedSocialCreditCode, input.CreditCodeOverrideReason);
        await EnsureCreditCodeIsFreeAsync(creditCode, null, cancellationToken);

        var enterprise = new Enterprise(Guid.CreateVersion7(), input.Name, creditCode, input.SubDistrictCode, input.IndustryFieldCode);
        Apply(enterprise, input);
        ApplyClassification(enterprise, input);
        AssignToCreatorWhenUnassigned(enterprise);
        EnsureInScope(enterprise);

        enterprises.Add(enterprise);
        await SaveAsync(cancellationToken);
        return await GetAsync(enterprise.Id, cancellationToken);
    }

    public async Task<EnterpriseDto> UpdateAsync(Guid id, UpdateEnterpriseDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Enterprises.Update, cancellationToken);
        await updateValidator.ValidateAndThrowAsync(input, cancellationToken);

        var enterprise = await enterprises.FindForUpdateAsync(id, cancellationToken)
                         ?? throw new EntityNotFoundException(nameof(Enterprise), id);
        unitOfWork.ExpectConcurrencyStamp(enterprise, input.ConcurrencyStamp);

        var creditCode = CreditCode.Create(input.UnifiedSocialCreditCode, input.CreditCodeOverrideReason);
        await EnsureCreditCodeIsFreeAsync(creditCode, id, cancellationToken);
        enterprise.Rename(input.Name);
        enterprise.ChangeCreditCode(creditCode);
        enterprise.MoveTo(input.SubDistrictCode);
        enterprise.ChangeIndustryField(input.IndustryFieldCode);
        Apply(enterprise, input);
        ApplyClassification(enterprise, input);
        EnsureInScope(enterprise);

        await SaveAsync(cancellationToken);
        return await GetAsync(enterprise.Id, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Enterprises.Delete, cancellationToken);
        var enterprise = await enterprises.FindForUpdateAsync(id, cancellationToken)
                         ?? throw new EntityNotFoundException(nameof(Enterprise), id);
        enterprises.Remove(enterprise);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static IQueryable<Enterprise> Filter(IQueryable<Enterprise> query, GetEnterpriseListInput input)
    {
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            var code = filter.ToUpperInvariant();
            query = query.Where(e => e.Name.Contains(filter) || e.UnifiedSocialCreditCode.StartsWith(code));
        }

        if (!string.IsNullOrWhiteSpace(input.SubDistrictCode))
        {
            query = query.Where(e => e.SubDistrictCode == input.SubDistrictCode);
        }

        if (!string.IsNullOrWhiteSpace(input.IndustryFieldCode))
        {
            // Field codes nest by prefix (10 → 101 → 10101), so a parent code selects its whole branch.
            query = query.Where(e => e.IndustryFieldCode.StartsWith(input.IndustryFieldCode));
        }

        if (input.IsAboveScale is { } aboveScale)
        {
            query = query.Where(e => e.IsAboveScale == aboveScale);
        }

        if (input.IsSciTechService is { } sciTechService)
        {
            query = query.Where(e => e.IsSciTechService == sciTechService);
        }

        return query;
    }

    /// <summary>
    /// The statistical classification (规上, 科技服务业) that the targets count: set in the registry only, not through
    /// <see cref="Apply"/>, which the portal shares, so an enterprise cannot classify itself.
    /// </summary>
    private static void ApplyClassification(Enterprise enterprise, CreateUpdateEnterpriseDtoBase input)
    {
        enterprise.IsAboveScale = input.IsAboveScale;
        enterprise.IsSciTechService = input.IsSciTechService;
    }

    /// <summary>The fields that need no other rule; the portal applies its own changes through it too.</summary>
    internal static void Apply(Enterprise enterprise, CreateUpdateEnterpriseDtoBase input)
    {
        enterprise.LegalRepresentative = input.LegalRepresentative?.Trim();
        enterprise.EstablishedOn = input.EstablishedOn;
        enterprise.RegisteredCapital = input.RegisteredCapital;
        enterprise.Address = input.Address?.Trim();
        enterprise.IncubatorId = input.IncubatorId;
        enterprise.ResponsibleOfficerId = input.ResponsibleOfficerId;
        enterprise.SetTags(input.Tags);
        enterprise.SetContacts(input.Contacts.Select(c => new EnterpriseContactData(c.Id, c.Name, c.Title, c.Phone, c.Email)));
    }

    /// <summary>An incubator manager's new enterprise is theirs to follow unless it names an incubator or officer.</summary>
    private void AssignToCreatorWhenUnassigned(Enterprise enterprise)
    {
        if (currentUser.DataScope.OfficerId is { } officerId && enterprise.IncubatorId is null && enterprise.ResponsibleOfficerId is null)
        {
            enterprise.ResponsibleOfficerId = officerId;
        }
    }

    private void EnsureInScope(Enterprise enterprise)
    {
        if (!currentUser.DataScope.Covers(enterprise))
        {
            throw new BusinessException(IncubationErrorCodes.OutOfScope, 403);
        }
    }

    private async Task EnsureCreditCodeIsFreeAsync(CreditCode creditCode, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await enterprises.CreditCodeExistsAsync(creditCode.Value, exceptId, cancellationToken))
        {
            throw DuplicateCreditCode();
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            // Two requests raced past the existence check; the unique index kept the second one out.
            throw DuplicateCreditCode();
        }
    }

    private static BusinessException DuplicateCreditCode() =>
        new(IncubationErrorCodes.DuplicateCreditCode, 409) { Field = "unifiedSocialCreditCode" };
}
