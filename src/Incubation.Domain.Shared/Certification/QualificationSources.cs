namespace Incubation.Certification;

/// <summary>Where a qualification record came from.</summary>
public static class QualificationSources
{
    public const string Bureau = "Bureau";
    public const string Application = "Application";
    public const string OfficialList = "OfficialList";
}
