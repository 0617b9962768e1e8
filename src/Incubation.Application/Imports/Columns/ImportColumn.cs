namespace Incubation.Imports;

/// <summary>How a column's cells are read.</summary>
public enum ImportValueType
{
    Text,
    CreditCode,
    Number,
    WholeNumber,
    Date,
    Flag,
    SubDistrict,
    TechField,
    Incubator,
    QualificationKind,
    Tags,
}

public enum ImportRequirement
{
    Optional,
    Required,

    /// <summary>Needed to create a record; left blank on a row that updates one, the stored value stays.</summary>
    RequiredForNew,
}

/// <summary>
/// A column of an import template. <see cref="Field"/> is the input's field name (as in the API's field errors);
/// <see cref="LabelKey"/> the localised header, the same label the forms show.
/// </summary>
public sealed record ImportColumn(string Field, string LabelKey, ImportValueType Type, ImportRequirement Requirement = ImportRequirement.Optional)
{
    /// <summary>Longest text accepted (0: no limit of its own).</summary>
    public int MaxLength { get; init; }

    /// <summary>Bounds of a number (inclusive) and its decimals.</summary>
    public decimal Min { get; init; }

    public decimal Max { get; init; } = decimal.MaxValue;

    public int Scale { get; init; } = 2;

    /// <summary>The localised hint of the instructions sheet (format, allowed values); null for the type's own hint.</summary>
    public string? HintKey { get; init; }

    /// <summary>An example value for the instructions sheet.</summary>
    public string? Example { get; init; }

    public bool IsRequired => Requirement != ImportRequirement.Optional;
}
