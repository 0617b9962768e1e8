namespace Incubation.Imports;

/// <summary>What a spreadsheet brings into the registry: one kind per file, each with its own template.</summary>
public enum ImportKind
{
    Enterprises = 0,
    YearlyData = 1,
    Qualifications = 2,
}
