namespace Incubation.Enterprises;

/// <summary>
/// Whether an enterprise is part of the registry. One created by a self-registration waits for the bureau's
/// verification and is seen by nobody's lists until then.
/// </summary>
public enum EnterpriseStatus
{
    Active = 1,
    PendingVerification = 2,
}
