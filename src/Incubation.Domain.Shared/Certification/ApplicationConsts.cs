namespace Incubation.Certification;

public static class ApplicationConsts
{
    public const int MaxNoteLength = 1000;
    public const int MaxEvidenceCodeLength = 64;
    public const int MaxUserNameLength = 256;
    public const int MinYear = 2016;

    /// <summary>A provincial list is a few hundred names; the cap keeps one import one short transaction.</summary>
    public const int MaxOfficialListRows = 5000;
}
