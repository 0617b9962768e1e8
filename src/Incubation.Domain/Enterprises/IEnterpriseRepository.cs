namespace Incubation.Enterprises;

/// <summary>
/// The enterprises the current user may see. Every query it returns is already limited to the caller's data scope
/// and hides soft-deleted rows (EF Core named query filters), so no caller can forget either.
/// </summary>
public interface IEnterpriseRepository
{
    IQueryable<Enterprise> Query();

    /// <summary>Loads one enterprise with its contacts for a change; null when absent or outside the scope.</summary>
    Task<Enterprise?> FindForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Whether a live enterprise holds the code, across every scope (a code is unique district-wide).</summary>
    Task<bool> CreditCodeExistsAsync(string creditCode, Guid? exceptId, CancellationToken cancellationToken);

    void Add(Enterprise enterprise);

    void Remove(Enterprise enterprise);
}
