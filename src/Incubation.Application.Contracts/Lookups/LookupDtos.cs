namespace Incubation.Lookups;

public sealed record SubDistrictDto(string Code, string Name, string Kind);

public sealed record TechFieldDto(string Code, int Level, string? ParentCode, string Name);

public sealed record IncubatorLookupDto(Guid Id, string Name);

public sealed record ResponsibleUnitLookupDto(Guid Id, string Name, string Kind);

/// <summary>An officer who can be responsible for enterprises (incubator managers and street officers).</summary>
public sealed record OfficerLookupDto(Guid Id, string Name);
