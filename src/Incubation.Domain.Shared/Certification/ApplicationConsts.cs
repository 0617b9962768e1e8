namespace Incubation.Certification;

public static class ApplicationConsts
{
    public const int MaxNoteLength = 1000;
    public const int MaxEvidenceCodeLength = 64;
    public const int MaxUserNameLength = 256;
    public const int MinYear = 2016;
}
