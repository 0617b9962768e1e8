using Incubation.EntityFrameworkCore;

namespace Incubation.Data;

internal sealed class EfRepository<TEntity>(IncubationDbContext context) : IRepository<TEntity>
    where TEntity : class
{
    public IQueryable<TEntity> Query() => context.Set<TEntity>();

    public void Add(TEntity entity) => context.Set<TEntity>().Add(entity);

    public void Remove(TEntity entity) => context.Set<TEntity>().Remove(entity);
}
