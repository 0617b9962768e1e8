namespace Incubation.Planning.KeyTasks;

public static class KeyTaskConsts
{
    /// <summary>The plan names at most seven units for one task; room to spare for the bureau's own assignments.</summary>
    public const int MaxUnitsPerTask = 20;
}
