namespace Incubation.Platforms;

public static class PlatformConsts
{
    public const int MaxNameLength = 200;
    public const int MaxHostInstitutionLength = 200;
    public const int MaxApprovalNumberLength = 100;
    public const int MaxNoteLength = 1000;

    /// <summary>The plan's innovation base incubates at least 30 tech enterprises and grows at least 10 高企 (task 5).</summary>
    public const int PlanBaseIncubatedTarget = 30;
    public const int PlanBaseHighTechTarget = 10;
}
