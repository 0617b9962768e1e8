namespace Incubation.Platforms;

public static class PlatformConsts
{
    public const int MaxNameLength = 200;
    public const int MaxHostInstitutionLength = 200;
    public const int MaxApprovalNumberLength = 100;
    public const int MaxNoteLength = 1000;

    /// <summary>The incubator's name column (Incubators.Name) and its operator (Incubators.Operator).</summary>
    public const int MaxIncubatorNameLength = 128;
    public const int MaxOperatorLength = MaxHostInstitutionLength;

    /// <summary>The earliest approval year accepted (platforms of the district go back decades, not centuries).</summary>
    public const int MinApprovalYear = 1949;

    /// <summary>Tech-transfer years accepted: from this year to next year (projects are applied for ahead).</summary>
    public const int MinProjectYear = 2000;

    /// <summary>A sane ceiling for a district's funding of one project, in yuan (¥1 billion).</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>A sane ceiling for an incubator's targets (enterprises incubated, 高企 grown).</summary>
    public const int MaxTarget = 10_000;

    /// <summary>The plan's innovation base incubates at least 30 tech enterprises and grows at least 10 高企 (task 5).</summary>
    public const int PlanBaseIncubatedTarget = 30;
    public const int PlanBaseHighTechTarget = 10;
}
