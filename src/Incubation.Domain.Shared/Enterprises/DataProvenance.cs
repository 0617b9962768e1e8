namespace Incubation.Enterprises;

/// <summary>Who vouches for a set of figures, from the weakest source to the strongest.</summary>
public enum DataProvenance
{
    /// <summary>Typed by the enterprise itself on the portal.</summary>
    SelfReported = 0,

    /// <summary>Typed by an officer (bureau, incubator, sub-district) on the enterprise's behalf.</summary>
    EnteredByOfficer = 1,

    /// <summary>Checked and verified by the bureau.</summary>
    VerifiedByBureau = 2,

    /// <summary>Taken from an official list (statistics bureau, certification publication).</summary>
    OfficialList = 3,
}
