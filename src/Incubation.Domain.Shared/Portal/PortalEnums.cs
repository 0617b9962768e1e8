namespace Incubation.Portal;

/// <summary>What a self-registration asks for: a new enterprise, or an account on one the registry already holds.</summary>
public enum RegistrationKind
{
    NewEnterprise = 1,
    Claim = 2,
}

/// <summary>The bureau's decision on a registration or on a key-field change. Approved and Rejected are final.</summary>
public enum ReviewStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}
