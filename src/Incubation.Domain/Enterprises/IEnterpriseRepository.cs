namespace Incubation.Enterprises;

/// <summary>
/// The enterprises the current user may see. Every query it returns is already limited to the caller's data scope
/// and hides soft-deleted rows (EF Core named query filters), so no caller can forget either.
/// </summary>
public interface IEnterpriseRepository
{
    IQueryable<Enterprise> Query();

    /// <summary>
    /// Every live enterprise regardless of the caller's scope. Only to label records the caller may already see
    /// (a unit officer's needs name their enterprise) or for district-wide work (the reminder job); never to list.
    /// </summary>
    IQueryable<Enterprise> QueryOutsideScope();

    /// <summary>Loads one enterprise with its contacts for a change; null when absent or outside the scope.</summary>
    Task<Enterprise?> FindForUpdateAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Whether a live enterprise holds the code, across every scope (a code is unique district-wide).</summary>
    Task<bool> CreditCodeExistsAsync(string creditCode, Guid? exceptId, CancellationToken cancellationToken);

    void Add(Enterprise enterprise);

    void Remove(Enterprise enterprise);
}
