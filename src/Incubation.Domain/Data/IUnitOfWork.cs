using Incubation.Entities;

namespace Incubation.Data;

/// <summary>Commits every change of the request in one transaction (audit rows included).</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Refuses at once (409) unless the record still carries the stamp the client read, and makes the save itself
    /// fail if someone commits a change in between.
    /// </summary>
    void ExpectConcurrencyStamp(IHasConcurrencyStamp entity, string concurrencyStamp);
}
