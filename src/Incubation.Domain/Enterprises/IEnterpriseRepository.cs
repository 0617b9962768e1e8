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

    /// <summary>The live enterprise holding the code across every scope, pending verification ones included.</summary>
    Task<Guid?> FindIdByCreditCodeAsync(string creditCode, CancellationToken cancellationToken);

    /// <summary>
    /// Every live enterprise, those waiting for verification included, whatever the caller's scope: only for the
    /// bureau's verification of registrations and key-field changes, after its permission check.
    /// </summary>
    IQueryable<Enterprise> QueryForVerification();

    /// <summary>Loads one enterprise for the bureau's verification (tracked, any scope, pending included).</summary>
    Task<Enterprise?> FindForVerificationAsync(Guid id, CancellationToken cancellationToken);

    void Add(Enterprise enterprise);

    void Remove(Enterprise enterprise);
}
