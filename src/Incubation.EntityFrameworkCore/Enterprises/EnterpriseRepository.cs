using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Enterprises;

internal sealed class EnterpriseRepository(IncubationDbContext context) : IEnterpriseRepository
{
    public IQueryable<Enterprise> Query() => context.Enterprises.AsNoTracking();

    public Task<Enterprise?> FindForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        context.Enterprises
            .Include(e => e.Contacts)
            .Include(e => e.SubDistrict)
            .Include(e => e.IndustryField)
            .Include(e => e.Incubator)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    public Task<bool> CreditCodeExistsAsync(string creditCode, Guid? exceptId, CancellationToken cancellationToken) =>
        context.Enterprises
            .IgnoreQueryFilters([QueryFilters.DataScope]) // unique across the district, not just what the caller sees
            .AnyAsync(e => e.UnifiedSocialCreditCode == creditCode && e.Id != exceptId, cancellationToken);

    public Task<Guid?> FindIdByCreditCodeAsync(string creditCode, CancellationToken cancellationToken) =>
        QueryForVerification().Where(e => e.UnifiedSocialCreditCode == creditCode).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);

    public IQueryable<Enterprise> QueryForVerification() =>
        context.Enterprises.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking();

    public Task<Enterprise?> FindForVerificationAsync(Guid id, CancellationToken cancellationToken) =>
        context.Enterprises.IgnoreQueryFilters([QueryFilters.DataScope])
            .Include(e => e.Contacts)
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    public void Add(Enterprise enterprise) => context.Enterprises.Add(enterprise);

    public void Remove(Enterprise enterprise) => context.Enterprises.Remove(enterprise);
}
