using FluentValidation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Planning.Benefits;

/// <summary>
/// The benefits ledger. A grant follows its enterprise (query filter and the inner join), so the caller sees, totals
/// and changes only grants of enterprises in their scope; the page's total is summed by the database over every
/// filtered row.
/// </summary>
public sealed class BenefitGrantAppService(
    IRepository<BenefitGrant> grants,
    IEnterpriseRepository enterprises,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    BenefitValidators validators) : IBenefitGrantAppService
{
    public const int MaxExportRows = 20_000;

    public async Task<BenefitLedgerPageDto> GetListAsync(GetBenefitGrantListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Benefits.Default, cancellationToken);
        await validators.List.ValidateAndThrowAsync(input, cancellationToken);
        var query = Filter(Rows(), input);
        var total = await query.LongCountAsync(cancellationToken);
        var amount = await query.SumAsync(r => r.Grant.Amount, cancellationToken);
        var items = await Project(BenefitSorting.Apply(query, input.Sorting).Skip(input.SkipCount).Take(input.MaxResultCount))
            .ToListAsync(cancellationToken);
        return new BenefitLedgerPageDto(total, amount, items);
    }

    public async Task<IReadOnlyList<BenefitGrantDto>> GetListForExportAsync(GetBenefitGrantListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Benefits.Default, cancellationToken);
        input.SkipCount = 0;
        input.MaxResultCount = 1;
        await validators.List.ValidateAndThrowAsync(input, cancellationToken);
        return await Project(BenefitSorting.Apply(Filter(Rows(), input), input.Sorting).Take(MaxExportRows)).ToListAsync(cancellationToken);
    }

    public async Task<BenefitGrantDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Benefits.Default, cancellationToken);
        return await Project(Rows().Where(r => r.Grant.Id == id)).FirstOrDefaultAsync(cancellationToken)
               ?? throw new EntityNotFoundException(nameof(BenefitGrant), id);
    }

    public async Task<BenefitGrantDto> CreateAsync(CreateBenefitGrantDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Benefits.Manage, cancellationToken);
        await validators.Create.ValidateAndThrowAsync(input, cancellationToken);
        var grant = new BenefitGrant(Guid.CreateVersion7(), input.EnterpriseId, input.Policy, input.Batch, input.Amount, input.GrantedOn, input.Note);
        grants.Add(grant);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetAsync(grant.Id, cancellationToken);
    }

    public async Task<BenefitGrantDto> UpdateAsync(Guid id, UpdateBenefitGrantDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Benefits.Manage, cancellationToken);
        await validators.Update.ValidateAndThrowAsync(input, cancellationToken);
        var grant = await FindAsync(id, cancellationToken);
        unitOfWork.ExpectConcurrencyStamp(grant, input.ConcurrencyStamp);
        grant.Set(input.Policy, input.Batch, input.Amount, input.GrantedOn, input.Note);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetAsync(grant.Id, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Benefits.Manage, cancellationToken);
        grants.Remove(await FindAsync(id, cancellationToken));
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task<BenefitGrant> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await grants.Query().FirstOrDefaultAsync(g => g.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(nameof(BenefitGrant), id);

    private IQueryable<BenefitRow> Rows() =>
        from g in grants.Query().AsNoTracking()
        join e in enterprises.Query() on g.EnterpriseId equals e.Id
        select new BenefitRow { Grant = g, EnterpriseName = e.Name };

    private static IQueryable<BenefitRow> Filter(IQueryable<BenefitRow> query, GetBenefitGrantListInput input)
    {
        if (input.EnterpriseId is { } enterpriseId)
        {
            query = query.Where(r => r.Grant.EnterpriseId == enterpriseId);
        }

        if (input.Policy is { } policy)
        {
            query = query.Where(r => r.Grant.Policy == policy);
        }

        if (input.Year is { } year)
        {
            // A range on the date, so the (GrantedOn, Policy) index serves it.
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            query = query.Where(r => r.Grant.GrantedOn >= first && r.Grant.GrantedOn <= last);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(r => r.EnterpriseName.Contains(filter) || (r.Grant.Batch != null && r.Grant.Batch.Contains(filter)));
        }

        return query;
    }

    private static IQueryable<BenefitGrantDto> Project(IQueryable<BenefitRow> query) =>
        query.Select(r => new BenefitGrantDto(
            r.Grant.Id, r.Grant.EnterpriseId, r.EnterpriseName, r.Grant.Policy, r.Grant.Batch, r.Grant.Amount, r.Grant.GrantedOn,
            r.Grant.Note, r.Grant.CreationTime, r.Grant.ConcurrencyStamp));
}

/// <summary>A grant with its enterprise's name, for filtering and sorting in SQL.</summary>
internal sealed class BenefitRow
{
    public required BenefitGrant Grant { get; init; }
    public required string EnterpriseName { get; init; }
}
