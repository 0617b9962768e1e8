using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Enterprises;

internal sealed class YearlyDataRepository(IncubationDbContext context) : IYearlyDataRepository
{
    public IQueryable<YearlyData> Query() => context.Set<YearlyData>().AsNoTracking();

    public IQueryable<YearlyDataRevision> QueryRevisions() => context.Set<YearlyDataRevision>().AsNoTracking();

    public Task<YearlyData?> FindForUpdateAsync(Guid enterpriseId, int fiscalYear, CancellationToken cancellationToken) =>
        context.Set<YearlyData>().FirstOrDefaultAsync(y => y.EnterpriseId == enterpriseId && y.FiscalYear == fiscalYear, cancellationToken);

    public Task<YearlyData?> FindLatestVerifiedAsync(Guid enterpriseId, DateOnly asOf, CancellationToken cancellationToken) =>
        Query().Where(y => y.EnterpriseId == enterpriseId).LatestVerified(asOf).FirstOrDefaultAsync(cancellationToken);

    public void Add(YearlyData yearlyData) => context.Set<YearlyData>().Add(yearlyData);
}
