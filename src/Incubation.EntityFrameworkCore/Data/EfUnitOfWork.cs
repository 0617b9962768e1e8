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

    private static bool IsUniqueViolation(Exception? e) => e switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };
}
