namespace Incubation.Cultivation;

public static class CultivationConsts
{
    /// <summary>The plan's floor: the pool holds at least 120 enterprises at all times (a setting, this is its default).</summary>
    public const int DefaultPoolFloor = 120;
    public const string PoolFloorSetting = "Cultivation:PoolFloor";
    public const int MaxReasonLength = 1000;
    public const int MaxEvidenceLength = 2000;
    public const int MaxNoteLength = 1000;
}
