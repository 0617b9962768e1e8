namespace Incubation.Data;

/// <summary>Commits every change of the request in one transaction (audit rows included).</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
