using Incubation.Entities;
using Incubation.EntityFrameworkCore;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Incubation.Data;

/// <summary>One SaveChanges per request: EF Core wraps it, audit rows included, in a single transaction.</summary>
internal sealed class EfUnitOfWork(IncubationDbContext context) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e.InnerException))
        {
            throw new DuplicateKeyException(e);
        }
    }

    public void ExpectConcurrencyStamp(IHasConcurrencyStamp entity, string concurrencyStamp)
    {
        if (entity.ConcurrencyStamp != concurrencyStamp)
        {
            throw new ConcurrencyConflictException();
        }

        // Also guard the UPDATE itself (WHERE ConcurrencyStamp = …) against a change committed after this read.
        context.Entry(entity).Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).OriginalValue = concurrencyStamp;
    }

    private static bool IsUniqueViolation(Exception? e) => e switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };
}
