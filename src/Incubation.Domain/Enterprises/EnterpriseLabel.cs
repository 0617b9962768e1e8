namespace Incubation.Enterprises;

/// <summary>
/// An enterprise's name and place, read from the enterprises table outside the data scope (soft delete still
/// applies). Only to label records the caller can already see — a unit officer's needs name their enterprise
/// without opening its file. A separate read-only type, because ignoring the scope filter on a joined query would
/// lift it from every table of that query.
/// </summary>
public sealed class EnterpriseLabel
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string SubDistrictCode { get; private set; } = string.Empty;
    public bool IsDeleted { get; private set; }
}
