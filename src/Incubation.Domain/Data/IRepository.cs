namespace Incubation.Data;

/// <summary>Access to one kind of record; queries hide soft-deleted rows.</summary>
public interface IRepository<TEntity>
    where TEntity : class
{
    IQueryable<TEntity> Query();

    void Add(TEntity entity);

    void Remove(TEntity entity);
}
