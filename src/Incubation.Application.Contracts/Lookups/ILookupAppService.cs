namespace Incubation.Lookups;

/// <summary>Reference lists for forms and filters; any signed-in user may read them.</summary>
public interface ILookupAppService
{
    Task<IReadOnlyList<SubDistrictDto>> GetSubDistrictsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<TechFieldDto>> GetTechFieldsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<IncubatorLookupDto>> GetIncubatorsAsync(CancellationToken cancellationToken);

    /// <summary>The 责任单位 a need can be assigned to.</summary>
    Task<IReadOnlyList<ResponsibleUnitLookupDto>> GetResponsibleUnitsAsync(CancellationToken cancellationToken);

    /// <summary>Officers for the "responsible officer" filters; empty for an enterprise's own users.</summary>
    Task<IReadOnlyList<OfficerLookupDto>> GetOfficersAsync(CancellationToken cancellationToken);
}
