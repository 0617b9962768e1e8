namespace Incubation.Planning;

public static class PlanningConsts
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxNoteLength = 1000;
    public const int MaxTaskTitleLength = 200;
    public const int MaxTaskTextLength = 4000;
    public const int MaxSectionLength = 100;
    public const int MaxOtherUnitsLength = 500;
    public const int MaxProgressLength = 4000;
    public const int MaxBatchLength = 100;

    /// <summary>Values keep two decimals (yuan with fen); counts are whole numbers stored the same way.</summary>
    public const int ValuePrecision = 18;
    public const int ValueScale = 2;
}
